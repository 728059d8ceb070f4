"""Exponentiation by squaring, modular so numbers stay small: O(log n) multiplications."""
EXPECTED = "O(log n)"
ENTRY = "power_mod"


def power_mod(base, exponent, modulus):
    result = 1
    base %= modulus
    while exponent:
        if exponent & 1:
            result = result * base % modulus
        base = base * base % modulus
        exponent >>= 1
    return result


def generate(n):
    return 7, n, 1_000_000_007
