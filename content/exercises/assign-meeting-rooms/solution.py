import heapq


def assign_rooms(meetings: list[tuple[int, int]]) -> list[int]:
    """Return the room of each meeting: by start time, each takes the lowest-numbered free room."""
    rooms = [0] * len(meetings)
    busy: list[tuple[int, int]] = []  # (end, room) of the meetings in progress
    free: list[int] = []  # rooms opened earlier and free now
    opened = 0  # rooms 0 .. opened - 1 exist
    # sorted() is stable: meetings with the same start keep their input order.
    for i in sorted(range(len(meetings)), key=lambda i: meetings[i][0]):
        start, end = meetings[i]
        while busy and busy[0][0] <= start:  # a meeting ending at `start` has left its room
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
        else:
            room = opened
            opened += 1
        rooms[i] = room
        heapq.heappush(busy, (end, room))
    return rooms
