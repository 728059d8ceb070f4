import unittest

from top_k_frequent import top_k_frequent


class TopKFrequentHiddenTest(unittest.TestCase):
    def assert_same_words(self, got, expected):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertIsInstance(got, list)
        self.assertEqual(len(got), len(expected), "number of words")
        for i, (actual, wanted) in enumerate(zip(got, expected)):
            if actual != wanted:
                self.fail("word #%d: expected %r, got %r" % (i, wanted, actual))

    def test_tie_broken_against_order_of_appearance(self):
        # "zeta" appears first, but "alpha" is smaller.
        words = ["zeta", "alpha", "zeta", "alpha", "mid"]
        self.assertEqual(top_k_frequent(words, 1), ["alpha"])
        self.assertEqual(top_k_frequent(words, 3), ["alpha", "zeta", "mid"])

    def test_prefix_sorts_first(self):
        self.assertEqual(top_k_frequent(["ab", "a", "abc", "ab", "a", "abc"], 3), ["a", "ab", "abc"])

    def test_k_equals_the_number_of_distinct_words(self):
        words = ["c", "c", "c", "a", "b", "b"]
        self.assertEqual(top_k_frequent(words, 3), ["c", "b", "a"])

    def test_one_word_repeated(self):
        self.assertEqual(top_k_frequent(["go"] * 1000, 1), ["go"])

    def test_does_not_change_the_list(self):
        words = ["b", "a", "b", "c"]
        top_k_frequent(words, 2)
        self.assertEqual(words, ["b", "a", "b", "c"])

    def test_300_000_words_50_000_distinct(self):
        # Word j occurs 1 + (j * 37) % 11 times, so many words share each count; the words are
        # interleaved round by round so that equal words are spread across the whole list.
        distinct = 50_000
        names = ["w%05d" % ((j * 7919) % distinct) for j in range(distinct)]
        counts = [1 + (j * 37) % 11 for j in range(distinct)]
        words = []
        for round_ in range(11):
            words += [name for name, count in zip(names, counts) if count > round_]
        ranked = sorted(zip(counts, names), key=lambda pair: (-pair[0], pair[1]))
        for k in [1, 10, 5_000, distinct]:
            with self.subTest(k=k):
                self.assert_same_words(
                    top_k_frequent(words, k), [name for _, name in ranked[:k]]
                )


if __name__ == "__main__":
    unittest.main()
