import unittest

from edit_distance import edit_distance


class EditDistanceTest(unittest.TestCase):
    def test_kitten_sitting(self):
        self.assertEqual(edit_distance("kitten", "sitting"), 3)

    def test_horse_ros(self):
        self.assertEqual(edit_distance("horse", "ros"), 3)

    def test_intention_execution(self):
        self.assertEqual(edit_distance("intention", "execution"), 5)

    def test_from_an_empty_string(self):
        self.assertEqual(edit_distance("", "abc"), 3)

    def test_to_an_empty_string(self):
        self.assertEqual(edit_distance("abcd", ""), 4)

    def test_equal_strings(self):
        self.assertEqual(edit_distance("same", "same"), 0)

    def test_one_substitution(self):
        self.assertEqual(edit_distance("cat", "cut"), 1)


if __name__ == "__main__":
    unittest.main()
