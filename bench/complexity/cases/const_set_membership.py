"""Membership in a set is a hash lookup."""
EXPECTED = "O(1)"
ENTRY = "has"


def has(values, x):
    return x in values


def generate(n):
    return set(range(n)), -1
