import random
import unittest

from first_unique import first_unique


class FirstUniqueHiddenTest(unittest.TestCase):
    def test_a_repeat_after_the_candidate(self):
        # 'a' at index 2 has not been seen before, but it occurs again at the end.
        self.assertEqual(first_unique("bbacca"), -1)
        self.assertEqual(first_unique("abab"), -1)

    def test_spaces_and_punctuation_are_characters(self):
        self.assertEqual(first_unique("aa bb"), 2)
        self.assertEqual(first_unique("!!?"), 2)

    def test_unicode(self):
        self.assertEqual(first_unique("ééèé"), 2)
        self.assertEqual(first_unique("🐍🙂🐍"), 1)

    def test_only_the_first_of_several_unique_characters(self):
        self.assertEqual(first_unique("xxyzy w"), 3)

    def test_odd_counts_are_not_unique(self):
        self.assertEqual(first_unique("aaaaabbbc"), 8)

    def test_returns_an_int(self):
        self.assertIsInstance(first_unique("ab"), int)
        self.assertIsInstance(first_unique("aa"), int)

    def test_200_000_characters_unique_one_last(self):
        s = "ab" * 99_999 + "c" + "a"
        # "abab…ab" then "c" then "a": only 'c' occurs once.
        self.assertEqual(first_unique(s), 199_998)

    def test_200_000_characters_of_many_kinds(self):
        alphabet = [chr(0x4E00 + i) for i in range(3000)]
        rng = random.Random(5)
        body = rng.choices(alphabet, k=100_000)
        body += body[::-1]  # every character of the body now occurs at least twice
        self.assertEqual(first_unique("".join(body) + "🐍"), 200_000)
        self.assertEqual(first_unique("".join(body)), -1)


if __name__ == "__main__":
    unittest.main()
