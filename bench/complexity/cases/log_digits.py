"""Counting the binary digits of n by halving."""
EXPECTED = "O(log n)"
ENTRY = "bits"


def bits(n):
    count = 0
    while n:
        n //= 2
        count += 1
    return count


def generate(n):
    return (n,)
