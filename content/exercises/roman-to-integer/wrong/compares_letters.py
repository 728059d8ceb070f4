# Compares the SYMBOLS instead of their values. For IV that works by luck ("I" < "V" as letters),
# but "X" > "L" alphabetically, so XL (40) is read as 60, and LX (60) as -50 + 10 = -40.
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s: str) -> int:
    total = 0
    for i, symbol in enumerate(s):
        if i + 1 < len(s) and symbol < s[i + 1]:
            total -= VALUES[symbol]
        else:
            total += VALUES[symbol]
    return total
