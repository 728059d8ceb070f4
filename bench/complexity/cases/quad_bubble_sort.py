"""Bubble sort on reversed input."""
EXPECTED = "O(n^2)"
ENTRY = "bubble"


def bubble(items):
    a = list(items)
    for end in range(len(a) - 1, 0, -1):
        for i in range(end):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
    return a


def generate(n):
    return (list(range(n, 0, -1)),)
