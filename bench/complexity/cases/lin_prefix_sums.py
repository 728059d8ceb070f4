"""Range sums for every window of width 10 with a prefix-sum array."""
EXPECTED = "O(n)"
ENTRY = "window_sums"


def window_sums(items):
    prefix = [0]
    for x in items:
        prefix.append(prefix[-1] + x)
    return [prefix[i + 10] - prefix[i] for i in range(len(items) - 9)]


def generate(n):
    return (list(range(n + 10)),)
