import unittest

from roman_numerals import roman_to_int


class RomanToIntTest(unittest.TestCase):
    def test_single_symbols(self):
        for numeral, value in [("I", 1), ("V", 5), ("X", 10), ("L", 50), ("C", 100), ("D", 500),
                               ("M", 1000)]:
            with self.subTest(numeral=numeral):
                self.assertEqual(roman_to_int(numeral), value)

    def test_repeated_symbols_add_up(self):
        self.assertEqual(roman_to_int("III"), 3)
        self.assertEqual(roman_to_int("XXVII"), 27)

    def test_four_and_nine(self):
        self.assertEqual(roman_to_int("IV"), 4)
        self.assertEqual(roman_to_int("IX"), 9)

    def test_mixed(self):
        self.assertEqual(roman_to_int("LVIII"), 58)

    def test_several_subtractions(self):
        self.assertEqual(roman_to_int("MCMXCIV"), 1994)

    def test_largest(self):
        self.assertEqual(roman_to_int("MMMCMXCIX"), 3999)

    def test_subtraction_at_the_start(self):
        self.assertEqual(roman_to_int("XLII"), 42)
        self.assertEqual(roman_to_int("CDXLIV"), 444)


if __name__ == "__main__":
    unittest.main()
