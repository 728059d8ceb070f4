import heapq
import random
import unittest

from meeting_rooms import assign_rooms


def simulate(meetings):
    """The rule written out slowly: a list of each room's end time, scanned from room 0."""
    order = sorted(range(len(meetings)), key=lambda i: meetings[i][0])
    room_ends = []
    rooms = [None] * len(meetings)
    for i in order:
        start, end = meetings[i]
        for room, busy_until in enumerate(room_ends):
            if busy_until <= start:
                break
        else:
            room = len(room_ends)
            room_ends.append(0)
        room_ends[room] = end
        rooms[i] = room
    return rooms


class AssignRoomsHiddenTest(unittest.TestCase):
    def assert_same_rooms(self, got, expected):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertIsInstance(got, list)
        self.assertEqual(len(got), len(expected), "one room per meeting")
        for i, (actual, wanted) in enumerate(zip(got, expected)):
            if actual != wanted:
                self.fail("meeting #%d: expected room %r, got %r" % (i, wanted, actual))

    def test_same_start_in_input_order(self):
        self.assertEqual(assign_rooms([(3, 9), (0, 2), (3, 4)]), [0, 0, 1])

    def test_freed_rooms_are_reused_lowest_first(self):
        # Rooms 0, 1 and 2 are busy; 2 frees at 3, 0 at 5, 1 at 7. At 8 all three are free.
        meetings = [(0, 5), (0, 7), (0, 3), (4, 6), (8, 9), (8, 9), (8, 9)]
        self.assertEqual(assign_rooms(meetings), [0, 1, 2, 2, 0, 1, 2])

    def test_a_room_freed_exactly_at_the_start(self):
        self.assertEqual(assign_rooms([(0, 5), (1, 5), (5, 6), (5, 7), (5, 8)]), [0, 1, 0, 1, 2])

    def test_nested_meetings(self):
        self.assertEqual(assign_rooms([(0, 100), (10, 20), (30, 40), (15, 35)]), [0, 1, 1, 2])

    def test_does_not_change_the_input(self):
        meetings = [(4, 8), (1, 2), (1, 9)]
        assign_rooms(meetings)
        self.assertEqual(meetings, [(4, 8), (1, 2), (1, 9)])

    def test_random_small_schedules(self):
        rng = random.Random(1234)
        for _ in range(300):
            meetings = []
            for _ in range(rng.randint(1, 12)):
                start = rng.randint(0, 20)
                meetings.append((start, start + rng.randint(1, 8)))
            with self.subTest(meetings=meetings):
                self.assertEqual(assign_rooms(meetings), simulate(meetings))

    def test_120_000_meetings_30_000_at_once(self):
        # Meeting i runs from i to i + 30,000, so at each start exactly one room has just freed:
        # the one used by meeting i - 30,000. The rooms cycle through 0 .. 29,999.
        n, length = 120_000, 30_000
        meetings = [(i, i + length) for i in range(n)]
        random.Random(5).shuffle(meetings)
        expected = [start % length for start, _ in meetings]
        self.assert_same_rooms(assign_rooms(meetings), expected)

    def test_50_000_random_meetings(self):
        rng = random.Random(99)
        meetings = []
        for _ in range(50_000):
            start = rng.randrange(1_000_000)
            meetings.append((start, start + rng.randint(1, 40_000)))
        # The expected rooms, by the same rule with two heaps, written independently.
        expected = [0] * len(meetings)
        busy, free, opened = [], [], 0
        for start, i in sorted((start, i) for i, (start, _) in enumerate(meetings)):
            while busy and busy[0][0] <= start:
                heapq.heappush(free, heapq.heappop(busy)[1])
            room = heapq.heappop(free) if free else opened
            opened = max(opened, room + 1)
            expected[i] = room
            heapq.heappush(busy, (meetings[i][1], room))
        self.assert_same_rooms(assign_rooms(meetings), expected)


if __name__ == "__main__":
    unittest.main()
