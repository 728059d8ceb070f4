import unittest

from clean_palindrome import is_clean_palindrome


class IsCleanPalindromeTest(unittest.TestCase):
    def test_classic_sentence(self):
        self.assertIs(is_clean_palindrome("A man, a plan, a canal: Panama"), True)

    def test_not_a_palindrome(self):
        self.assertIs(is_clean_palindrome("race a car"), False)

    def test_case_is_ignored(self):
        self.assertIs(is_clean_palindrome("No 'x' in Nixon"), True)
        self.assertIs(is_clean_palindrome("Aa"), True)

    def test_digits_count(self):
        self.assertIs(is_clean_palindrome("0P"), False)
        self.assertIs(is_clean_palindrome("1a2"), False)
        self.assertIs(is_clean_palindrome("12 21"), True)

    def test_empty_string(self):
        self.assertIs(is_clean_palindrome(""), True)

    def test_only_punctuation(self):
        self.assertIs(is_clean_palindrome(" .,!"), True)

    def test_single_character(self):
        self.assertIs(is_clean_palindrome("x"), True)
        self.assertIs(is_clean_palindrome("?x!"), True)

    def test_plain_word(self):
        self.assertIs(is_clean_palindrome("level"), True)
        self.assertIs(is_clean_palindrome("levels"), False)


if __name__ == "__main__":
    unittest.main()
