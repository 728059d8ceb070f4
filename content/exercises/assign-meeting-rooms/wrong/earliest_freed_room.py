# The classic "minimum meeting rooms" heap, reused to assign rooms: one heap of (end, room), and a
# meeting takes the room on top if it is free. That uses the right NUMBER of rooms, but the room
# on top is the one that freed up earliest, not the lowest-numbered free one.
import heapq


def assign_rooms(meetings: list[tuple[int, int]]) -> list[int]:
    rooms = [0] * len(meetings)
    busy = []  # (end, room)
    for i in sorted(range(len(meetings)), key=lambda i: meetings[i][0]):
        start, end = meetings[i]
        if busy and busy[0][0] <= start:
            _, room = heapq.heappop(busy)
        else:
            room = len(busy)
        rooms[i] = room
        heapq.heappush(busy, (end, room))
    return rooms
