"""Arithmetic on the size itself (small ints): Gauss's formula instead of a loop."""
EXPECTED = "O(1)"
ENTRY = "triangle"


def triangle(n):
    return n * (n + 1) // 2


def generate(n):
    return (n,)
