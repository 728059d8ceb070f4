# Frees a room only when its meeting ended strictly before the new start (`<` instead of `<=`).
# Meetings are half-open, so one ending at 10 and one starting at 10 do not overlap, yet here
# they get different rooms and extra rooms are opened.
import heapq


def assign_rooms(meetings: list[tuple[int, int]]) -> list[int]:
    rooms = [0] * len(meetings)
    busy, free, opened = [], [], 0
    for i in sorted(range(len(meetings)), key=lambda i: meetings[i][0]):
        start, end = meetings[i]
        while busy and busy[0][0] < start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
        else:
            room, opened = opened, opened + 1
        rooms[i] = room
        heapq.heappush(busy, (end, room))
    return rooms
