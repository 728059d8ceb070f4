import unittest

from meeting_rooms import assign_rooms


class AssignRoomsTest(unittest.TestCase):
    def test_one_long_meeting_and_three_short_ones(self):
        self.assertEqual(assign_rooms([(0, 30), (5, 10), (15, 20), (10, 15)]), [0, 1, 1, 1])

    def test_lowest_numbered_free_room_not_the_first_freed(self):
        self.assertEqual(assign_rooms([(0, 10), (0, 5), (12, 20)]), [0, 1, 0])

    def test_identical_meetings(self):
        self.assertEqual(assign_rooms([(1, 4), (1, 4), (1, 4)]), [0, 1, 2])

    def test_touching_meetings_share_a_room(self):
        self.assertEqual(assign_rooms([(1, 3), (3, 6)]), [0, 0])

    def test_no_meetings(self):
        self.assertEqual(assign_rooms([]), [])

    def test_one_meeting(self):
        self.assertEqual(assign_rooms([(5, 6)]), [0])

    def test_unsorted_input_keeps_its_order_in_the_answer(self):
        # Placed as (1, 5) -> 0, (2, 6) -> 1, (5, 9) -> 0; answered in the input order.
        self.assertEqual(assign_rooms([(5, 9), (1, 5), (2, 6)]), [0, 0, 1])


if __name__ == "__main__":
    unittest.main()
