import unittest

from roman_numerals import roman_to_int

# Written independently of any solution: the standard form, built greedily from the largest part.
PARTS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(number):
    out = []
    for value, symbols in PARTS:
        count, number = divmod(number, value)
        out.append(symbols * count)
    return "".join(out)


class RomanToIntHiddenTest(unittest.TestCase):
    def test_every_subtractive_pair(self):
        for numeral, value in [("IV", 4), ("IX", 9), ("XL", 40), ("XC", 90), ("CD", 400),
                               ("CM", 900)]:
            with self.subTest(numeral=numeral):
                self.assertEqual(roman_to_int(numeral), value)

    def test_larger_symbol_first_is_added(self):
        # VI, LX and DC are additions: the smaller symbol comes after the larger one.
        self.assertEqual(roman_to_int("VI"), 6)
        self.assertEqual(roman_to_int("LX"), 60)
        self.assertEqual(roman_to_int("DC"), 600)
        self.assertEqual(roman_to_int("MDCLXVI"), 1666)

    def test_subtraction_at_the_end(self):
        self.assertEqual(roman_to_int("MMXIX"), 2019)
        self.assertEqual(roman_to_int("MCM"), 1900)

    def test_longest_numeral(self):
        self.assertEqual(roman_to_int("MMMDCCCLXXXVIII"), 3888)

    def test_returns_an_int(self):
        self.assertIsInstance(roman_to_int("XIV"), int)

    def test_every_number_from_1_to_3999(self):
        wrong = []
        for number in range(1, 4000):
            numeral = to_roman(number)
            got = roman_to_int(numeral)
            if got != number:
                wrong.append("%s -> %r, expected %d" % (numeral, got, number))
        self.assertEqual(wrong[:5], [], "%d numerals converted wrongly" % len(wrong))


if __name__ == "__main__":
    unittest.main()
