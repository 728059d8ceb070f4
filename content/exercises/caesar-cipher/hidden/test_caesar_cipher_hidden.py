import unittest

from caesar_cipher import caesar


class CaesarHiddenTest(unittest.TestCase):
    def test_whole_alphabet(self):
        self.assertEqual(caesar("abcdefghijklmnopqrstuvwxyz", 13), "nopqrstuvwxyzabcdefghijklm")
        self.assertEqual(caesar("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 25), "ZABCDEFGHIJKLMNOPQRSTUVWXY")

    def test_shifts_larger_than_the_alphabet(self):
        self.assertEqual(caesar("abc", 27), "bcd")
        self.assertEqual(caesar("abc", 52), "abc")
        self.assertEqual(caesar("Abc", 10**18), caesar("Abc", 10**18 % 26))
        self.assertEqual(caesar("abc", -27), "zab")

    def test_huge_negative_shift(self):
        self.assertEqual(caesar("Zebra", -(10**18)), caesar("Zebra", -(10**18) % 26))
        self.assertEqual(caesar("a", -(26 * 10**15) - 2), "y")

    def test_round_trip(self):
        text = "The quick brown fox jumps over the lazy dog. 123!"
        for shift in [1, 7, 13, 25, 26, 100, -1, -40]:
            with self.subTest(shift=shift):
                self.assertEqual(caesar(caesar(text, shift), -shift), text)

    def test_non_ascii_letters_are_unchanged(self):
        self.assertEqual(caesar("éèà ßø жук ΑΒΓ", 5), "éèà ßø жук ΑΒΓ")
        self.assertEqual(caesar("naïve", 1), "obïwf")

    def test_characters_next_to_the_alphabet_are_unchanged(self):
        # ASCII neighbours of the letters: @ [ ` { and the digits.
        self.assertEqual(caesar("@[`{09", 3), "@[`{09")

    def test_a_million_characters(self):
        text = "Attack at dawn! 42 ÷ " * 50_000  # 1,050,000 characters
        expected = "Haahjr ha khdu! 42 ÷ " * 50_000
        result = caesar(text, 7)
        self.assertTrue(result == expected, "a million characters shifted by 7")
        self.assertTrue(caesar(result, -7) == text, "and back")


if __name__ == "__main__":
    unittest.main()
