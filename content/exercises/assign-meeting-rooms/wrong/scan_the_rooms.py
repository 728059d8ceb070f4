# Follows the rule literally: a list of each room's end time, scanned from room 0 for the first
# free one. Correct, but O(rooms) per meeting: with 30,000 rooms in use and 120,000 meetings that
# is close to two billion checks.
def assign_rooms(meetings: list[tuple[int, int]]) -> list[int]:
    rooms = [0] * len(meetings)
    room_ends = []
    for i in sorted(range(len(meetings)), key=lambda i: meetings[i][0]):
        start, end = meetings[i]
        for room, busy_until in enumerate(room_ends):
            if busy_until <= start:
                room_ends[room] = end
                break
        else:
            room = len(room_ends)
            room_ends.append(end)
        rooms[i] = room
    return rooms
