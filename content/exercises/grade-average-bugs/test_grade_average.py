import unittest

from grade_average import average_score


class AverageScoreTest(unittest.TestCase):
    def test_whole_number_average(self):
        self.assertEqual(average_score([80, 90]), 85.0)

    def test_average_with_a_fraction(self):
        self.assertEqual(average_score([90, 85]), 87.5)

    def test_result_is_a_float(self):
        self.assertIsInstance(average_score([80, 90]), float)

    def test_absent_students_are_left_out(self):
        self.assertEqual(average_score([70, None, 90]), 80.0)

    def test_empty_list(self):
        self.assertIsNone(average_score([]))

    def test_everyone_absent(self):
        self.assertIsNone(average_score([None, None]))

    def test_zero_is_a_real_score(self):
        self.assertEqual(average_score([0, 100]), 50.0)


if __name__ == "__main__":
    unittest.main()
