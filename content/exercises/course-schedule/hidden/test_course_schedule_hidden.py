import random
import unittest

from course_schedule import course_order
from test_course_schedule import ScheduleTestCase


class CourseOrderHiddenTest(ScheduleTestCase):
    def test_cycle_among_other_courses(self):
        # 0 -> 1 is fine, but 2 -> 3 -> 4 -> 2 is a cycle, and 5 depends on the cycle.
        prerequisites = [(1, 0), (3, 2), (4, 3), (2, 4), (5, 4)]
        self.assertIsNone(course_order(6, prerequisites))

    def test_repeated_pairs(self):
        prerequisites = [(1, 0), (1, 0), (2, 1), (2, 1), (2, 0)]
        self.assertEqual(course_order(3, prerequisites), [0, 1, 2])

    def test_separate_groups(self):
        prerequisites = [(1, 0), (3, 2), (5, 4), (4, 3)]
        order = course_order(7, prerequisites)
        self.assert_valid_order(7, prerequisites, order)

    def test_many_prerequisites_for_one_course(self):
        prerequisites = [(0, k) for k in range(1, 50)]
        order = course_order(50, prerequisites)
        self.assert_valid_order(50, prerequisites, order)
        self.assertEqual(order[-1], 0)

    def test_does_not_change_the_prerequisites(self):
        prerequisites = [(2, 1), (1, 0)]
        course_order(3, prerequisites)
        self.assertEqual(prerequisites, [(2, 1), (1, 0)])

    def test_random_small_graphs(self):
        rng = random.Random(2024)
        for _ in range(200):
            n = rng.randint(1, 8)
            rank = list(range(n))
            rng.shuffle(rank)  # a hidden order that every prerequisite respects
            prerequisites = []
            for _ in range(rng.randint(0, 12)):
                a, b = rng.randrange(n), rng.randrange(n)
                if rank[a] != rank[b]:
                    prerequisites.append((a, b) if rank[a] > rank[b] else (b, a))
            with self.subTest(n=n, prerequisites=prerequisites):
                self.assert_valid_order(n, prerequisites, course_order(n, prerequisites))
                if prerequisites:
                    course, required = rng.choice(prerequisites)
                    self.assertIsNone(course_order(n, prerequisites + [(required, course)]))

    def test_chains_of_100_000_courses(self):
        n = 100_000
        # Course i requires course i + 1: the only valid order is n - 1, n - 2, ..., 0.
        order = course_order(n, [(i, i + 1) for i in range(n - 1)])
        self.assertTrue(order == list(range(n - 1, -1, -1)), "not the only valid order")
        # Course i + 1 requires course i: the only valid order is 0, 1, ..., n - 1.
        order = course_order(n, [(i + 1, i) for i in range(n - 1)])
        self.assertTrue(order == list(range(n)), "not the only valid order")

    def test_chain_of_100_000_courses_closed_into_a_cycle(self):
        n = 100_000
        prerequisites = [(i, i + 1) for i in range(n - 1)] + [(n - 1, 0)]
        self.assertIsNone(course_order(n, prerequisites))

    def test_50_000_courses_with_100_000_random_prerequisites(self):
        rng = random.Random(77)
        n = 50_000
        rank = list(range(n))
        rng.shuffle(rank)
        prerequisites = []
        while len(prerequisites) < 100_000:
            a, b = rng.randrange(n), rng.randrange(n)
            if rank[a] > rank[b]:
                prerequisites.append((a, b))
            elif rank[a] < rank[b]:
                prerequisites.append((b, a))
        self.assert_valid_order(n, prerequisites, course_order(n, prerequisites))


if __name__ == "__main__":
    unittest.main()
