"""Naive recursive Fibonacci: overlapping subproblems, about 1.6^n calls."""
EXPECTED = "O(2^n)"
ENTRY = "fib"


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def generate(n):
    return (n,)
