import random
import string
import unittest

from word_ladder import ladder_length


def words_in_order(count, length, letters="abcd"):
    """The first `count` words of `length` letters over `letters`, in alphabetical order."""
    base = len(letters)
    result = []
    for number in range(count):
        digits = []
        for _ in range(length):
            number, digit = divmod(number, base)
            digits.append(letters[digit])
        result.append("".join(reversed(digits)))
    return result


class LadderLengthHiddenTest(unittest.TestCase):
    def test_end_next_to_begin_but_not_a_word(self):
        self.assertEqual(ladder_length("hot", "hog", ["hot", "dot"]), 0)

    def test_begin_in_the_words_and_repeated_words(self):
        self.assertEqual(ladder_length("hot", "dog", ["hot", "dot", "dot", "dog", "hot"]), 3)

    def test_begin_need_not_be_a_word(self):
        self.assertEqual(ladder_length("zzz", "zza", ["zza"]), 2)

    def test_one_letter_words(self):
        self.assertEqual(ladder_length("a", "z", list(string.ascii_lowercase)), 2)
        self.assertEqual(ladder_length("a", "z", ["b", "c"]), 0)

    def test_letters_change_in_place(self):
        # "abc" -> "bca" would be a rotation, not a ladder: each position must change.
        self.assertEqual(ladder_length("abc", "bca", ["bbc", "bcc", "bca"]), 4)

    def test_does_not_change_the_words(self):
        words = ["hot", "dot", "dog"]
        ladder_length("hit", "dog", words)
        self.assertEqual(words, ["hot", "dot", "dog"])

    def test_10_000_words_and_an_unreachable_end(self):
        words = words_in_order(10_000, 6, "abcdefgh")
        words.append("zzzzzz")  # a word, but no other word is one letter away from it
        self.assertEqual(ladder_length("aaaaaa", "zzzzzz", words), 0)

    def test_10_000_words_and_a_ladder_of_six(self):
        # The last word, acdebh, differs from aaaaaa in 5 positions, and all the words between
        # them are present (each is alphabetically smaller): 5 changes, 6 words.
        words = words_in_order(10_000, 6, "abcdefgh")
        random.Random(1).shuffle(words)
        self.assertEqual(ladder_length("aaaaaa", "acdebh", words), 6)

    def test_10_000_random_words(self):
        rng = random.Random(6)
        words = ["".join(rng.choice("abcdefghij") for _ in range(5)) for _ in range(10_000)]
        self.assertEqual(ladder_length(words[0], words[-1], words), 8)
        self.assertEqual(ladder_length("aaaaa", words[1234], words), 8)
        self.assertEqual(ladder_length(words[3], words[4], words), 10)
        self.assertEqual(ladder_length(words[7], "jjjjj", words), 0)


if __name__ == "__main__":
    unittest.main()
