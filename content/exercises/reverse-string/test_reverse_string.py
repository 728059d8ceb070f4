import unittest

from reverse_string import reverse


class ReverseTest(unittest.TestCase):
    def test_word(self):
        self.assertEqual(reverse("stressed"), "desserts")

    def test_empty_string(self):
        self.assertEqual(reverse(""), "")

    def test_single_character(self):
        self.assertEqual(reverse("a"), "a")

    def test_palindrome_is_unchanged(self):
        self.assertEqual(reverse("racecar"), "racecar")

    def test_sentence_with_spaces_and_punctuation(self):
        self.assertEqual(reverse("I'm hungry!"), "!yrgnuh m'I")

    def test_non_ascii_characters(self):
        self.assertEqual(reverse("añb"), "bña")


if __name__ == "__main__":
    unittest.main()
