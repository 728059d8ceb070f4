import unittest

from grade_average import average_score


class AverageScoreHiddenTest(unittest.TestCase):
    def test_single_score(self):
        self.assertEqual(average_score([73]), 73.0)
        self.assertIsInstance(average_score([73]), float)

    def test_single_zero(self):
        self.assertEqual(average_score([0]), 0.0)

    def test_all_zeros(self):
        self.assertEqual(average_score([0, 0, None, 0]), 0.0)

    def test_single_absent_student(self):
        self.assertIsNone(average_score([None]))

    def test_repeating_fraction(self):
        self.assertAlmostEqual(average_score([0, 0, 100]), 100 / 3)

    def test_absent_students_and_zeros_mixed(self):
        self.assertEqual(average_score([None, 0, None, 50]), 25.0)

    def test_float_scores(self):
        self.assertEqual(average_score([87.5, 92.5, None]), 90.0)

    def test_list_is_not_changed(self):
        scores = [10, None, 20]
        average_score(scores)
        self.assertEqual(scores, [10, None, 20])

    def test_100_000_scores(self):
        scores = [None if i % 10 == 0 else i % 101 for i in range(100_000)]
        present = [s for s in scores if s is not None]
        self.assertAlmostEqual(average_score(scores), sum(present) / len(present))


if __name__ == "__main__":
    unittest.main()
