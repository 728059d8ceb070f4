"""Counting triples that sum to zero by brute force."""
EXPECTED = "O(n^3)"
ENTRY = "zero_triples"


def zero_triples(items):
    n = len(items)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if items[i] + items[j] + items[k] == 0:
                    count += 1
    return count


def generate(n):
    return ([(i * 37) % 101 - 50 for i in range(n)],)
