"""Insertion sort on reversed input: the while loop shifts every earlier element."""
EXPECTED = "O(n^2)"
ENTRY = "insertion"


def insertion(items):
    a = list(items)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


def generate(n):
    return (list(range(n, 0, -1)),)
