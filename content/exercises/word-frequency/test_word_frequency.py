import unittest

from word_frequency import top_words


class TopWordsTest(unittest.TestCase):
    def test_counts_and_ties_in_alphabetical_order(self):
        self.assertEqual(top_words("The cat and the hat. THE END!", 2), [("the", 3), ("and", 1)])

    def test_punctuation_is_not_part_of_a_word(self):
        self.assertEqual(top_words("hat. hat, hat! (hat)", 1), [("hat", 4)])

    def test_case_is_ignored(self):
        self.assertEqual(top_words("Apple apple APPLE", 1), [("apple", 3)])

    def test_apostrophes_inside_words(self):
        self.assertEqual(top_words("Don't stop. Don't!", 5), [("don't", 2), ("stop", 1)])

    def test_fewer_words_than_k(self):
        self.assertEqual(top_words("b a b", 10), [("b", 2), ("a", 1)])

    def test_ties_are_alphabetical_not_first_seen(self):
        self.assertEqual(
            top_words("zebra yak xenops yak zebra xenops", 3),
            [("xenops", 2), ("yak", 2), ("zebra", 2)],
        )

    def test_empty_text(self):
        self.assertEqual(top_words("", 3), [])

    def test_k_is_zero(self):
        self.assertEqual(top_words("a b c", 0), [])


if __name__ == "__main__":
    unittest.main()
