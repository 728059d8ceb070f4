VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s: str) -> int:
    """Return the integer value of the Roman numeral s (1 to 3999)."""
    total = 0
    for i, symbol in enumerate(s):
        value = VALUES[symbol]
        if i + 1 < len(s) and value < VALUES[s[i + 1]]:
            total -= value  # a smaller symbol before a larger one is subtracted: the I of IV
        else:
            total += value
    return total
