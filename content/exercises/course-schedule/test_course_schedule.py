import unittest

from course_schedule import course_order


class ScheduleTestCase(unittest.TestCase):
    def assert_valid_order(self, n, prerequisites, order):
        """Check that order lists each of the n courses once and meets every prerequisite."""
        self.assertIsInstance(order, list, "expected a list of courses, got %r" % (order,))
        self.assertEqual(len(order), n, "the order must list all %d courses" % n)
        position = [-1] * n
        for i, course in enumerate(order):
            self.assertTrue(
                isinstance(course, int) and 0 <= course < n and position[course] == -1,
                "course %r at position %d is not a new course in range(%d)" % (course, i, n),
            )
            position[course] = i
        for course, required in prerequisites:
            if position[required] > position[course]:
                self.fail("course %d is taken before its prerequisite %d" % (course, required))


class CourseOrderTest(ScheduleTestCase):
    def test_one_prerequisite(self):
        self.assertEqual(course_order(2, [(1, 0)]), [0, 1])

    def test_diamond(self):
        prerequisites = [(1, 0), (2, 0), (3, 1), (3, 2)]
        order = course_order(4, prerequisites)
        self.assertIn(order, [[0, 1, 2, 3], [0, 2, 1, 3]])

    def test_no_prerequisites(self):
        self.assert_valid_order(3, [], course_order(3, []))

    def test_two_courses_that_need_each_other(self):
        self.assertIsNone(course_order(2, [(1, 0), (0, 1)]))

    def test_a_course_that_requires_itself(self):
        self.assertIsNone(course_order(1, [(0, 0)]))

    def test_no_courses(self):
        self.assertEqual(course_order(0, []), [])

    def test_prerequisites_given_out_of_order(self):
        prerequisites = [(0, 1), (1, 2), (2, 3), (4, 0)]
        self.assertEqual(course_order(5, prerequisites), [3, 2, 1, 0, 4])


if __name__ == "__main__":
    unittest.main()
