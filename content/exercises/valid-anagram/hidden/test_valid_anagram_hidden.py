import random
import unittest

from valid_anagram import is_anagram


def cjk_text(n, seed):
    """n characters drawn from 5,000 different CJK ideographs."""
    alphabet = [chr(0x4E00 + i) for i in range(5000)]
    return "".join(random.Random(seed).choices(alphabet, k=n))


class IsAnagramHiddenTest(unittest.TestCase):
    def test_spaces_and_punctuation_count(self):
        self.assertIs(is_anagram("a gentleman", "elegant man"), True)
        self.assertIs(is_anagram("dormitory", "dirty room"), False)  # one string has a space
        self.assertIs(is_anagram("a,b!", "!b,a"), True)

    def test_unicode_and_emoji(self):
        self.assertIs(is_anagram("żółw", "wółż"), True)
        self.assertIs(is_anagram("🐍🐍🙂", "🙂🐍🐍"), True)
        self.assertIs(is_anagram("🐍🐍🙂", "🙂🙂🐍"), False)

    def test_same_length_same_set_different_counts(self):
        self.assertIs(is_anagram("aaabbb", "aabbbb"), False)

    def test_digits(self):
        self.assertIs(is_anagram("2024", "4220"), True)
        self.assertIs(is_anagram("2024", "4221"), False)

    def test_returns_a_bool(self):
        self.assertIsInstance(is_anagram("ab", "ba"), bool)
        self.assertIsInstance(is_anagram("ab", "bb"), bool)

    def test_100_000_characters_shuffled(self):
        a = cjk_text(100_000, 7)
        b = a[50_000:] + a[:50_000]  # a rotation: the same characters in another order
        self.assertIs(is_anagram(a, b[::-1]), True)

    def test_100_000_characters_one_swapped_at_the_end(self):
        a = cjk_text(100_000, 9)
        b = a[::-1]
        b = b[:-1] + ("a" if b[-1] != "a" else "b")
        self.assertIs(is_anagram(a, b), False)


if __name__ == "__main__":
    unittest.main()
