import bisect
import random
import unittest

from prefix_trie import Trie
from test_prefix_trie import make_trie


class TrieHiddenTest(unittest.TestCase):
    def test_inserting_twice_counts_once(self):
        trie = make_trie(["apple", "apple", "apple"])
        self.assertEqual(trie.count_prefix("app"), 1)
        self.assertEqual(trie.count_prefix(""), 1)
        self.assertEqual(trie.complete("a", 5), ["apple"])

    def test_a_word_that_is_a_prefix_of_another(self):
        trie = make_trie(["apple"])
        self.assertIs(trie.contains("app"), False)
        trie.insert("app")
        self.assertIs(trie.contains("app"), True)
        self.assertEqual(trie.count_prefix("app"), 2)
        self.assertEqual(trie.count_prefix("appl"), 1)
        self.assertEqual(trie.complete("ap", 5), ["app", "apple"])

    def test_inserting_a_prefix_after_its_extension_and_again(self):
        trie = make_trie(["to", "tea", "ten", "t", "to", "t"])
        self.assertEqual(trie.count_prefix("t"), 4)
        self.assertEqual(trie.count_prefix("te"), 2)

    def test_prefix_longer_than_every_word(self):
        trie = make_trie(["go", "gone"])
        self.assertEqual(trie.count_prefix("gonest"), 0)
        self.assertEqual(trie.complete("gonest", 3), [])
        self.assertIs(trie.contains("gonest"), False)

    def test_complete_is_alphabetical_not_insertion_order(self):
        trie = make_trie(["zebra", "apple", "mango", "apricot", "ant", "an"])
        self.assertEqual(trie.complete("", 3), ["an", "ant", "apple"])
        self.assertEqual(trie.complete("a", 10), ["an", "ant", "apple", "apricot"])

    def test_complete_limit(self):
        trie = make_trie(["ab", "abc", "abd", "abe"])
        self.assertEqual(trie.complete("ab", 1), ["ab"])
        self.assertEqual(trie.complete("ab", 3), ["ab", "abc", "abd"])
        self.assertEqual(trie.complete("ab", 1000), ["ab", "abc", "abd", "abe"])

    def test_separate_tries_do_not_share_words(self):
        first = make_trie(["shared"])
        second = Trie()
        self.assertIs(second.contains("shared"), False)
        self.assertEqual(second.count_prefix(""), 0)
        self.assertIs(first.contains("shared"), True)

    def test_50_000_words_and_50_000_queries(self):
        rng = random.Random(5)
        words = ["".join(rng.choices("abcdef", k=rng.randint(4, 10))) for _ in range(50_000)]
        trie = make_trie(words)
        ordered = sorted(set(words))  # some short words repeat

        def expected_count(prefix):
            # Every lowercase word starting with prefix lies between prefix and prefix + "{".
            return bisect.bisect_left(ordered, prefix + "{") - bisect.bisect_left(ordered, prefix)

        prefixes = [word[: 1 + i % 5] for i, word in enumerate(words)]
        prefixes[::100] = ["ag" + word[:2] for word in words[::100]]  # no word has a "g"
        got = [trie.count_prefix(prefix) for prefix in prefixes]
        for prefix, count in zip(prefixes, got):
            wanted = expected_count(prefix)
            if count != wanted:
                self.fail("count_prefix(%r): expected %d, got %r" % (prefix, wanted, count))
        self.assertEqual(trie.count_prefix(""), len(ordered))
        for prefix in ["", "a", "fe", "dab", "cafe"]:
            low = bisect.bisect_left(ordered, prefix)
            expected = [w for w in ordered[low : low + 10] if w.startswith(prefix)]
            self.assertEqual(trie.complete(prefix, 10), expected)
        for word in words[:1000]:
            self.assertIs(trie.contains(word), True)


if __name__ == "__main__":
    unittest.main()
