# Top-down dynamic programming with a dict as the memo: O(m·n) and correct, but each call
# recurses, and the chain of calls gets as deep as len(a) + len(b). Strings of 3,500 and 60
# characters need over 3,500 nested frames, beyond Python's recursion limit (1,000 by default):
# RecursionError.
def edit_distance(a: str, b: str) -> int:
    memo = {}

    def distance(i, j):
        if i == 0 or j == 0:
            return i + j
        if (i, j) not in memo:
            if a[i - 1] == b[j - 1]:
                memo[i, j] = distance(i - 1, j - 1)
            else:
                memo[i, j] = 1 + min(
                    distance(i - 1, j), distance(i, j - 1), distance(i - 1, j - 1)
                )
        return memo[i, j]

    return distance(len(a), len(b))
