import functools
import random
import unittest

from edit_distance import edit_distance


def slow_reference(a, b):
    @functools.lru_cache(maxsize=None)
    def d(i, j):
        if i == 0 or j == 0:
            return i + j
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] != b[j - 1]))

    return d(len(a), len(b))


def lcg_text(seed, n, alphabet):
    """n pseudo-random characters from alphabet, the same on every Python version."""
    x, out = seed, []
    for _ in range(n):
        x = (x * 1_103_515_245 + 12_345) % 2_147_483_648
        out.append(alphabet[(x >> 16) % len(alphabet)])
    return "".join(out)


def mutate(s, seed, every):
    """s with roughly one character in every `every` deleted, replaced or preceded by an insert."""
    x, out = seed, []
    for char in s:
        x = (x * 1_103_515_245 + 12_345) % 2_147_483_648
        r = (x >> 16) % every
        if r == 0:
            continue
        if r == 1:
            out.append("x")
            continue
        if r == 2:
            out.append("y")
        out.append(char)
    return "".join(out)


class EditDistanceHiddenTest(unittest.TestCase):
    def test_both_empty(self):
        self.assertEqual(edit_distance("", ""), 0)

    def test_single_characters(self):
        self.assertEqual(edit_distance("a", "a"), 0)
        self.assertEqual(edit_distance("a", "b"), 1)
        self.assertEqual(edit_distance("a", ""), 1)

    def test_case_matters(self):
        self.assertEqual(edit_distance("Python", "python"), 1)

    def test_substitution_beats_delete_plus_insert(self):
        self.assertEqual(edit_distance("abc", "axc"), 1)
        self.assertEqual(edit_distance("abcdef", "uvwxyz"), 6)

    def test_shift_by_one(self):
        self.assertEqual(edit_distance("abcdef", "bcdefa"), 2)

    def test_symmetric(self):
        self.assertEqual(edit_distance("sunday", "saturday"), 3)
        self.assertEqual(edit_distance("saturday", "sunday"), 3)

    def test_non_ascii(self):
        self.assertEqual(edit_distance("café", "cafe"), 1)
        self.assertEqual(edit_distance("日本語", "日本"), 1)

    def test_random_short_strings_against_a_simple_checker(self):
        rng = random.Random(8)
        for _ in range(150):
            a = "".join(rng.choice("abc") for _ in range(rng.randint(0, 9)))
            b = "".join(rng.choice("abc") for _ in range(rng.randint(0, 9)))
            with self.subTest(a=a, b=b):
                self.assertEqual(edit_distance(a, b), slow_reference(a, b))

    def test_long_strings(self):
        self.assertEqual(edit_distance("x" * 1000, ""), 1000)
        self.assertEqual(edit_distance("ab" * 250, "ba" * 250), 2)

    def test_a_very_long_string_and_a_short_one(self):
        # 60 substitutions and 3,440 deletions. A recursive solution goes 3,500 calls deep.
        self.assertEqual(edit_distance("a" * 3500, "b" * 60), 3500)
        self.assertEqual(edit_distance("b" * 60, "a" * 3500), 3500)

    def test_800_characters_and_a_mutated_copy(self):
        a = lcg_text(7, 800, "acgt")
        b = mutate(a, 11, 10)
        self.assertEqual((len(a), len(b)), (800, 810))
        self.assertEqual(edit_distance(a, b), 231)

    def test_two_unrelated_strings_of_800_and_700_characters(self):
        self.assertEqual(edit_distance(lcg_text(7, 800, "acgt"), lcg_text(99, 700, "acgt")), 410)


if __name__ == "__main__":
    unittest.main()
