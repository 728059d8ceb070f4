import unittest

from group_anagrams import group_anagrams


class GroupAnagramsTest(unittest.TestCase):
    def test_classic_example(self):
        self.assertEqual(
            group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]),
            [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]],
        )

    def test_repeated_word_is_kept(self):
        self.assertEqual(group_anagrams(["ab", "ba", "ab"]), [["ab", "ba", "ab"]])

    def test_same_letters_different_counts(self):
        self.assertEqual(group_anagrams(["aab", "abb"]), [["aab"], ["abb"]])

    def test_empty_word(self):
        self.assertEqual(group_anagrams([""]), [[""]])

    def test_no_words(self):
        self.assertEqual(group_anagrams([]), [])

    def test_single_word(self):
        self.assertEqual(group_anagrams(["python"]), [["python"]])

    def test_no_two_words_are_anagrams(self):
        self.assertEqual(group_anagrams(["abc", "abd", "xyz"]), [["abc"], ["abd"], ["xyz"]])


if __name__ == "__main__":
    unittest.main()
