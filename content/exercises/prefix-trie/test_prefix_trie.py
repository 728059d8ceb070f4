import unittest

from prefix_trie import Trie


def make_trie(words):
    trie = Trie()
    for word in words:
        trie.insert(word)
    return trie


class TrieTest(unittest.TestCase):
    def setUp(self):
        self.trie = make_trie(["car", "card", "care", "cat", "dog", "car"])

    def test_contains_inserted_words(self):
        for word in ["car", "card", "care", "cat", "dog"]:
            with self.subTest(word=word):
                self.assertIs(self.trie.contains(word), True)

    def test_a_prefix_is_not_a_word(self):
        self.assertIs(self.trie.contains("ca"), False)
        self.assertIs(self.trie.contains("c"), False)

    def test_missing_words(self):
        self.assertIs(self.trie.contains("cars"), False)
        self.assertIs(self.trie.contains("bird"), False)

    def test_count_prefix(self):
        self.assertEqual(self.trie.count_prefix("ca"), 4)
        self.assertEqual(self.trie.count_prefix("car"), 3)
        self.assertEqual(self.trie.count_prefix("card"), 1)
        self.assertEqual(self.trie.count_prefix("x"), 0)

    def test_empty_prefix_counts_every_distinct_word(self):
        self.assertEqual(self.trie.count_prefix(""), 5)

    def test_complete(self):
        self.assertEqual(self.trie.complete("car", 2), ["car", "card"])
        self.assertEqual(self.trie.complete("", 10), ["car", "card", "care", "cat", "dog"])
        self.assertEqual(self.trie.complete("do", 0), [])

    def test_empty_trie(self):
        trie = Trie()
        self.assertIs(trie.contains("a"), False)
        self.assertEqual(trie.count_prefix(""), 0)
        self.assertEqual(trie.complete("", 5), [])


if __name__ == "__main__":
    unittest.main()
