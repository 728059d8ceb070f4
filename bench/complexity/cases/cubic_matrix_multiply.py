"""Naive n x n matrix multiplication."""
EXPECTED = "O(n^3)"
ENTRY = "multiply"


def multiply(a, b):
    n = len(a)
    out = [[0] * n for _ in range(n)]
    for i in range(n):
        for k in range(n):
            aik = a[i][k]
            row = b[k]
            for j in range(n):
                out[i][j] += aik * row[j]
    return out


def generate(n):
    m = [[(i + j) % 7 for j in range(n)] for i in range(n)]
    return m, m
