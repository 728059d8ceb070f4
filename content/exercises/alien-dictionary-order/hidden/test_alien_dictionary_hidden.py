import itertools
import random
import unittest

from alien_dictionary import alien_order
from test_alien_dictionary import AlienOrderTestCase


def sortable(words):
    """Whether some order of the words' characters sorts them (tiny inputs only)."""
    characters = sorted(set("".join(words)))
    for perm in itertools.permutations(characters):
        rank = {char: i for i, char in enumerate(perm)}
        keys = [[rank[char] for char in word] for word in words]
        if keys == sorted(keys):
            return True
    return False


class AlienOrderHiddenTest(AlienOrderTestCase):
    def test_empty_words(self):
        self.assertEqual(alien_order([""]), "")
        self.assert_valid_order(["", "a", "ab", "b"], alien_order(["", "a", "ab", "b"]))
        self.assertIsNone(alien_order(["a", ""]))

    def test_a_single_word(self):
        words = ["banana"]
        self.assert_valid_order(words, alien_order(words))
        self.assertEqual(len(alien_order(words)), 3)

    def test_case_and_unicode(self):
        words = ["Ab", "ab", "éa", "é", "日"]
        self.assertIsNone(alien_order(words))  # "éa" before its prefix "é"
        words = ["Ab", "ab", "é", "éa", "日"]
        self.assert_valid_order(words, alien_order(words))

    def test_a_longer_cycle(self):
        self.assertIsNone(alien_order(["ab", "bc", "ca", "ab"]))
        self.assertIsNone(alien_order(["xa", "xb", "yb", "ya"]))  # a<b, x<y, b<a

    def test_repeated_constraints(self):
        words = ["ca", "cb", "da", "db", "ea", "eb"]
        order = alien_order(words)
        self.assert_valid_order(words, order)

    def test_random_sortable_lists(self):
        rng = random.Random(269)
        for _ in range(300):
            alphabet = list("abcdefgh"[: rng.randint(1, 8)])
            rng.shuffle(alphabet)
            rank = {char: i for i, char in enumerate(alphabet)}
            words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
                     for _ in range(rng.randint(1, 12))]
            words.sort(key=lambda word: [rank[char] for char in word])
            with self.subTest(words=words):
                self.assert_valid_order(words, alien_order(words))

    def test_random_lists_against_a_brute_force(self):
        rng = random.Random(953)
        for _ in range(300):
            words = ["".join(rng.choice("abcd") for _ in range(rng.randint(0, 3)))
                     for _ in range(rng.randint(1, 6))]
            order = alien_order(words)
            with self.subTest(words=words):
                if sortable(words):
                    self.assert_valid_order(words, order)
                else:
                    self.assertIsNone(order)

    def test_a_chain_of_20_000_characters(self):
        alphabet = [chr(0x4E00 + i) for i in range(20_000)]
        rng = random.Random(5)
        rng.shuffle(alphabet)
        self.assertTrue(alien_order(alphabet) == "".join(alphabet), "not the only valid order")
        self.assertIsNone(alien_order(alphabet + [alphabet[0]]))

    def test_60_000_words_over_26_letters(self):
        rng = random.Random(1)
        alphabet = list("abcdefghijklmnopqrstuvwxyz")
        rng.shuffle(alphabet)
        # Sort random words in the usual alphabet, then rename the letters: the list is then
        # sorted in the shuffled alphabet.
        rename = str.maketrans("abcdefghijklmnopqrstuvwxyz", "".join(alphabet))
        words = sorted("".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(1, 8)))
                       for _ in range(60_000))
        words = [word.translate(rename) for word in words]
        order = alien_order(words)
        self.assertEqual(order, "".join(alphabet))  # 60,000 random words pin every pair down
        self.assertIsNone(alien_order(words + [words[0]]))

if __name__ == "__main__":
    unittest.main()
