import unittest

from caesar_cipher import caesar


class CaesarTest(unittest.TestCase):
    def test_shift_keeps_case_and_punctuation(self):
        self.assertEqual(caesar("Hello, World!", 3), "Khoor, Zruog!")

    def test_negative_shift_decrypts(self):
        self.assertEqual(caesar("Khoor, Zruog!", -3), "Hello, World!")

    def test_wraps_around_the_end(self):
        self.assertEqual(caesar("xyz", 2), "zab")
        self.assertEqual(caesar("XYZ", 2), "ZAB")

    def test_wraps_around_the_start(self):
        self.assertEqual(caesar("abc", -1), "zab")

    def test_full_turn(self):
        self.assertEqual(caesar("abc", 26), "abc")
        self.assertEqual(caesar("abc", 0), "abc")

    def test_other_characters_are_unchanged(self):
        self.assertEqual(caesar("Café 2024", 1), "Dbgé 2024")

    def test_empty_text(self):
        self.assertEqual(caesar("", 5), "")


if __name__ == "__main__":
    unittest.main()
