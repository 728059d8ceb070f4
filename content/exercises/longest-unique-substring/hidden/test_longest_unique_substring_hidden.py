import random
import unittest

from longest_unique_substring import longest_unique_substring


def slow_reference(s):
    best = 0
    for i in range(len(s)):
        seen = set()
        for char in s[i:]:
            if char in seen:
                break
            seen.add(char)
        best = max(best, len(seen))
    return best


class LongestUniqueSubstringHiddenTest(unittest.TestCase):
    def test_longest_run_at_the_end(self):
        self.assertEqual(longest_unique_substring("aab"), 2)
        self.assertEqual(longest_unique_substring("aaabcdef"), 6)

    def test_old_occurrence_outside_the_window(self):
        self.assertEqual(longest_unique_substring("tmmzuxt"), 5)
        self.assertEqual(longest_unique_substring("abcbade"), 5)

    def test_spaces_punctuation_and_case(self):
        self.assertEqual(longest_unique_substring("a  b"), 2)
        self.assertEqual(longest_unique_substring("aA"), 2)
        self.assertEqual(longest_unique_substring("!?!?."), 3)

    def test_non_ascii_characters(self):
        self.assertEqual(longest_unique_substring("ééaé"), 2)
        self.assertEqual(longest_unique_substring("日本語日本"), 3)

    def test_random_strings_against_a_simple_checker(self):
        rng = random.Random(31337)
        for _ in range(300):
            alphabet = "abcde"[: rng.randint(1, 5)]
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
            with self.subTest(s=s):
                self.assertEqual(longest_unique_substring(s), slow_reference(s))

    def test_300_000_characters_with_a_long_answer(self):
        # 30,000 distinct characters repeated ten times: every window of 30,000 is repeat-free.
        block = "".join(chr(0x4E00 + i) for i in range(20_000))
        block += "".join(chr(0xAC00 + i) for i in range(10_000))
        self.assertEqual(longest_unique_substring(block * 10), 30_000)

    def test_300_000_characters_with_the_answer_at_the_end(self):
        s = "ab" * 100_000 + "".join(chr(0x3400 + i) for i in range(5_000)) + "a" * 95_000
        # The distinct run may take the b just before it: "b" + 5,000 new characters + "a".
        self.assertEqual(longest_unique_substring(s), 5_002)


if __name__ == "__main__":
    unittest.main()
