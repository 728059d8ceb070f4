import unittest

from top_k_frequent import top_k_frequent


class TopKFrequentTest(unittest.TestCase):
    def test_most_frequent_first(self):
        self.assertEqual(top_k_frequent(["a", "b", "a", "c", "b", "a"], 2), ["a", "b"])

    def test_ties_are_alphabetical(self):
        self.assertEqual(
            top_k_frequent(["i", "love", "python", "i", "love", "code"], 2), ["i", "love"]
        )

    def test_four_of_four(self):
        words = ["the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"]
        self.assertEqual(top_k_frequent(words, 4), ["the", "is", "sunny", "day"])

    def test_all_counts_equal(self):
        self.assertEqual(top_k_frequent(["b", "a", "c"], 2), ["a", "b"])

    def test_k_zero(self):
        self.assertEqual(top_k_frequent(["x", "y"], 0), [])

    def test_single_word(self):
        self.assertEqual(top_k_frequent(["solo"], 1), ["solo"])

    def test_empty_list(self):
        self.assertEqual(top_k_frequent([], 0), [])


if __name__ == "__main__":
    unittest.main()
