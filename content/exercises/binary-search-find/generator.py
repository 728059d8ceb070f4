# n = the length of the sorted list: expected O(log n) in n. The target is absent (an odd
# number between two even ones), so no search can stop early on a match.


def generate(n):
    """n even numbers ascending and an odd target that falls inside their range."""
    items = list(range(0, 2 * n, 2))
    return items, 2 * (n // 3) + 1
