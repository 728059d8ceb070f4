import unittest

from word_ladder import ladder_length

WORDS = ["hot", "dot", "dog", "lot", "log", "cog"]


class LadderLengthTest(unittest.TestCase):
    def test_the_example(self):
        self.assertEqual(ladder_length("hit", "cog", WORDS), 5)

    def test_end_is_not_a_word(self):
        self.assertEqual(ladder_length("hit", "cog", ["hot", "dot", "dog", "lot", "log"]), 0)

    def test_one_change(self):
        self.assertEqual(ladder_length("a", "c", ["a", "b", "c"]), 2)

    def test_begin_is_end(self):
        self.assertEqual(ladder_length("lot", "lot", WORDS), 1)

    def test_no_words(self):
        self.assertEqual(ladder_length("cat", "cot", []), 0)

    def test_no_ladder_between_the_words(self):
        # dog reaches dot, and cat is one change from cut, but nothing joins the two pairs.
        self.assertEqual(ladder_length("dog", "cat", ["dot", "cut", "cat"]), 0)

    def test_the_shortest_ladder_not_the_first_one_found(self):
        words = ["cold", "cord", "card", "ward", "warm", "wold", "word", "worm"]
        # cold cord word worm warm: 5 words; other ladders exist and are longer.
        self.assertEqual(ladder_length("cold", "warm", words), 5)


if __name__ == "__main__":
    unittest.main()
