import unittest

from longest_unique_substring import longest_unique_substring


class LongestUniqueSubstringTest(unittest.TestCase):
    def test_repeating_pattern(self):
        self.assertEqual(longest_unique_substring("abcabcbb"), 3)

    def test_one_character_repeated(self):
        self.assertEqual(longest_unique_substring("bbbbb"), 1)

    def test_answer_in_the_middle(self):
        self.assertEqual(longest_unique_substring("pwwkew"), 3)

    def test_window_start_never_moves_back(self):
        # At the second "a", its earlier occurrence is already outside the window "b".
        self.assertEqual(longest_unique_substring("abba"), 2)

    def test_empty_string(self):
        self.assertEqual(longest_unique_substring(""), 0)

    def test_single_character(self):
        self.assertEqual(longest_unique_substring("x"), 1)

    def test_all_distinct(self):
        self.assertEqual(longest_unique_substring("python"), 6)


if __name__ == "__main__":
    unittest.main()
