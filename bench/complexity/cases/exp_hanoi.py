"""Towers of Hanoi: 2^n - 1 moves."""
EXPECTED = "O(2^n)"
ENTRY = "hanoi"


def hanoi(n, source="a", spare="b", target="c"):
    if n == 0:
        return 0
    return hanoi(n - 1, source, target, spare) + 1 + hanoi(n - 1, spare, source, target)


def generate(n):
    return (n,)
