import unittest

from cooldown_scheduler import least_time


class LeastTimeTest(unittest.TestCase):
    def test_two_names_need_idle_units(self):
        self.assertEqual(least_time(["A", "A", "A", "B", "B", "B"], 2), 8)

    def test_no_cooldown_no_idling(self):
        self.assertEqual(least_time(["A", "A", "A", "B", "B", "B"], 0), 6)

    def test_one_frequent_name_among_many(self):
        tasks = ["A"] * 6 + ["B", "C", "D", "E", "F", "G"]
        self.assertEqual(least_time(tasks, 2), 16)

    def test_enough_variety_to_never_idle(self):
        self.assertEqual(least_time(["A", "B", "C", "A", "D", "B"], 1), 6)

    def test_empty_and_single(self):
        self.assertEqual(least_time([], 5), 0)
        self.assertEqual(least_time(["solo"], 10**9), 1)

    def test_a_huge_cooldown(self):
        self.assertEqual(least_time(["X", "X"], 10**9), 10**9 + 2)
        self.assertEqual(least_time(["X", "Y", "X", "Y", "X"], 10**9), 2 * (10**9 + 1) + 1)

    def test_every_name_tied_for_the_most(self):
        # A B C _ A B C _ A B C
        self.assertEqual(least_time(["A", "B", "C"] * 3, 3), 11)

    def test_does_not_change_the_tasks(self):
        tasks = ["B", "A", "B"]
        least_time(tasks, 4)
        self.assertEqual(tasks, ["B", "A", "B"])


if __name__ == "__main__":
    unittest.main()
