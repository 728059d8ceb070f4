import unittest

from valid_anagram import is_anagram


class IsAnagramTest(unittest.TestCase):
    def test_classic_anagram(self):
        self.assertIs(is_anagram("listen", "silent"), True)

    def test_different_letters(self):
        self.assertIs(is_anagram("rat", "car"), False)

    def test_same_letters_different_counts(self):
        self.assertIs(is_anagram("aab", "abb"), False)

    def test_extra_character_in_the_second_string(self):
        self.assertIs(is_anagram("abc", "abcc"), False)
        self.assertIs(is_anagram("abc", "abcd"), False)

    def test_extra_character_in_the_first_string(self):
        self.assertIs(is_anagram("abcd", "abc"), False)

    def test_case_matters(self):
        self.assertIs(is_anagram("Tea", "eat"), False)
        self.assertIs(is_anagram("Tea", "eaT"), True)

    def test_empty_strings(self):
        self.assertIs(is_anagram("", ""), True)
        self.assertIs(is_anagram("", "a"), False)

    def test_a_string_is_an_anagram_of_itself(self):
        self.assertIs(is_anagram("x", "x"), True)
        self.assertIs(is_anagram("banana", "banana"), True)


if __name__ == "__main__":
    unittest.main()
