import unittest

from alien_dictionary import alien_order


class AlienOrderTestCase(unittest.TestCase):
    def assert_valid_order(self, words, order):
        """order must hold each character of words once, and sort words."""
        self.assertIsInstance(order, str, "expected an alphabet, got %r" % (order,))
        characters = set("".join(words))
        self.assertTrue(len(order) == len(characters) and set(order) == characters,
                        "%r does not hold each character of the words exactly once" % (order,))
        rank = {char: i for i, char in enumerate(order)}
        keys = [[rank[char] for char in word] for word in words]
        for i in range(len(words) - 1):
            if keys[i] > keys[i + 1]:
                self.fail("with the alphabet %r, %r comes after %r" % (order, words[i], words[i + 1]))


class AlienOrderTest(AlienOrderTestCase):
    def test_classic_example(self):
        self.assertEqual(alien_order(["wrt", "wrf", "er", "ett", "rftt"]), "wertf")

    def test_two_words(self):
        self.assertEqual(alien_order(["z", "x"]), "zx")

    def test_contradiction(self):
        self.assertIsNone(alien_order(["z", "x", "z"]))

    def test_a_word_before_its_prefix_is_impossible(self):
        self.assertIsNone(alien_order(["abc", "ab"]))

    def test_a_prefix_before_the_longer_word_is_fine(self):
        words = ["ab", "abc", "b"]
        order = alien_order(words)
        self.assertIn(order, ["abc", "acb", "cab"])

    def test_characters_without_any_constraint_are_included(self):
        words = ["same", "same"]
        self.assert_valid_order(words, alien_order(words))

    def test_empty_list(self):
        self.assertEqual(alien_order([]), "")

    def test_only_the_first_difference_counts(self):
        # "ab" < "ba" says a < b; the second letters (b, a) say nothing.
        self.assertEqual(alien_order(["ab", "ba"]), "ab")

    def test_does_not_change_the_words(self):
        words = ["ba", "bc", "ac"]
        alien_order(words)
        self.assertEqual(words, ["ba", "bc", "ac"])


if __name__ == "__main__":
    unittest.main()
