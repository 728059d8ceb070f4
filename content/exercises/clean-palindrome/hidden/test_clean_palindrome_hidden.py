import unittest

from clean_palindrome import is_clean_palindrome


class IsCleanPalindromeHiddenTest(unittest.TestCase):
    def test_punctuation_in_different_places_on_each_side(self):
        self.assertIs(is_clean_palindrome("ab,c...b!a"), True)
        self.assertIs(is_clean_palindrome("Was it a car or a cat I saw?"), True)

    def test_letters_of_other_alphabets(self):
        self.assertIs(is_clean_palindrome("Été"), True)
        self.assertIs(is_clean_palindrome("Ежје"), False)
        self.assertIs(is_clean_palindrome("Аргентина манит негра"), True)

    def test_underscores_and_symbols_are_ignored(self):
        self.assertIs(is_clean_palindrome("a_b-b=a"), True)

    def test_two_different_characters(self):
        self.assertIs(is_clean_palindrome("ab"), False)
        self.assertIs(is_clean_palindrome("a, b"), False)

    def test_mismatch_only_in_the_middle(self):
        self.assertIs(is_clean_palindrome("abcXdba"), False)
        self.assertIs(is_clean_palindrome("abcXYcba"), False)

    def test_returns_a_bool(self):
        self.assertIsInstance(is_clean_palindrome("Abba"), bool)
        self.assertIsInstance(is_clean_palindrome("Abc"), bool)

    def test_a_million_characters(self):
        half = "Ab1, c; " * 62_500  # 500,000 characters
        s = half + half[::-1]
        self.assertIs(is_clean_palindrome(s), True)
        self.assertIs(is_clean_palindrome(half + "z" + half[::-1]), True)
        self.assertIs(is_clean_palindrome(half + "yz" + half[::-1]), False)


if __name__ == "__main__":
    unittest.main()
