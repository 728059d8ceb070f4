import itertools
import unittest

from group_anagrams import group_anagrams


class GroupAnagramsHiddenTest(unittest.TestCase):
    def assert_same_groups(self, got, expected):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertIsInstance(got, list)
        self.assertEqual(len(got), len(expected), "number of groups")
        for i, (actual, wanted) in enumerate(zip(got, expected)):
            if actual != wanted:
                self.fail("group #%d: expected %r, got %r" % (i, wanted, actual))

    def test_order_of_groups_follows_first_appearance(self):
        self.assertEqual(
            group_anagrams(["cba", "xy", "abc", "yx", "z", "bca"]),
            [["cba", "abc", "bca"], ["xy", "yx"], ["z"]],
        )

    def test_letter_counts_matter(self):
        # Same set of letters, different counts: not anagrams.
        self.assertEqual(
            group_anagrams(["aabb", "ab", "abab", "aaab", "bbaa"]),
            [["aabb", "abab", "bbaa"], ["ab"], ["aaab"]],
        )

    def test_words_with_equal_letter_sums_are_not_anagrams(self):
        # "ad" and "bc" have the same total of character codes.
        self.assertEqual(group_anagrams(["ad", "bc", "da"]), [["ad", "da"], ["bc"]])

    def test_empty_words_and_single_letters(self):
        self.assertEqual(
            group_anagrams(["", "a", "", "b", "a"]), [["", ""], ["a", "a"], ["b"]]
        )

    def test_result_holds_lists(self):
        result = group_anagrams(["no", "on"])
        self.assertIs(type(result), list)
        self.assertIs(type(result[0]), list)

    def test_does_not_change_the_input(self):
        words = ["tea", "eat", "bat"]
        group_anagrams(words)
        self.assertEqual(words, ["tea", "eat", "bat"])

    def test_200_000_words_in_many_small_groups(self):
        # 100,000 words with different multisets of letters (each combination of 7 letters,
        # rotated so that they are not sorted), then a rearrangement of each: 100,000 pairs.
        combos = itertools.islice(
            itertools.combinations_with_replacement("abcdefghijklmnopqrstuvwxyz", 7), 100_000
        )
        bases = []
        for i, combo in enumerate(combos):
            word = "".join(combo)
            bases.append(word[i % 7 :] + word[: i % 7])
        mixed = [word[::-1] for word in bases]
        expected = [[base, other] for base, other in zip(bases, mixed)]
        self.assert_same_groups(group_anagrams(bases + mixed), expected)


if __name__ == "__main__":
    unittest.main()
