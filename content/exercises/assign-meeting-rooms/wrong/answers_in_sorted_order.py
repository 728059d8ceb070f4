# Sorts the meetings and assigns rooms correctly, but returns the rooms in the order of the
# SORTED meetings: rooms[i] no longer belongs to meetings[i] unless the input was already sorted.
import heapq


def assign_rooms(meetings: list[tuple[int, int]]) -> list[int]:
    rooms = []
    busy, free, opened = [], [], 0
    for start, end in sorted(meetings, key=lambda meeting: meeting[0]):
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
        else:
            room, opened = opened, opened + 1
        rooms.append(room)
        heapq.heappush(busy, (end, room))
    return rooms
