"""All-pairs shortest paths with Floyd-Warshall on a ring of n nodes."""
EXPECTED = "O(n^3)"
ENTRY = "all_pairs"


def all_pairs(n):
    inf = float("inf")
    d = [[0 if i == j else inf for j in range(n)] for i in range(n)]
    for i in range(n):
        d[i][(i + 1) % n] = min(d[i][(i + 1) % n], 1)
    for k in range(n):
        dk = d[k]
        for i in range(n):
            dik = d[i][k]
            if dik == inf:
                continue
            di = d[i]
            for j in range(n):
                if dik + dk[j] < di[j]:
                    di[j] = dik + dk[j]
    return d[0][n - 1]


def generate(n):
    return (max(n, 1),)
