import unittest

from first_unique import first_unique


class FirstUniqueTest(unittest.TestCase):
    def test_first_character_is_unique(self):
        self.assertEqual(first_unique("leetcode"), 0)

    def test_unique_character_in_the_middle(self):
        self.assertEqual(first_unique("loveleetcode"), 2)

    def test_no_unique_character(self):
        self.assertEqual(first_unique("aabb"), -1)

    def test_empty_string(self):
        self.assertEqual(first_unique(""), -1)

    def test_single_character(self):
        self.assertEqual(first_unique("z"), 0)

    def test_three_times_is_not_once(self):
        self.assertEqual(first_unique("aaab"), 3)
        self.assertEqual(first_unique("aaa"), -1)

    def test_unique_character_at_the_end(self):
        self.assertEqual(first_unique("abcabcd"), 6)

    def test_case_matters(self):
        self.assertEqual(first_unique("aA"), 0)
        self.assertEqual(first_unique("aAa"), 1)


if __name__ == "__main__":
    unittest.main()
