# Looks BACK: when a symbol is larger than the one before, it adds the difference. But the smaller
# symbol was already added on the previous step, so it must be taken away twice: IV gives
# 1 + (5 - 1) = 5 instead of 4.
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s: str) -> int:
    total = 0
    previous = 0
    for symbol in s:
        value = VALUES[symbol]
        if value > previous:
            total += value - previous
        else:
            total += value
        previous = value
    return total
