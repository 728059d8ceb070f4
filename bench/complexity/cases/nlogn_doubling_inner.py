"""An outer loop over n and an inner loop that doubles its step: n * log n iterations."""
EXPECTED = "O(n log n)"
ENTRY = "count_steps"


def count_steps(n):
    steps = 0
    for i in range(n):
        j = 1
        while j < n:
            j *= 2
            steps += 1
    return steps


def generate(n):
    return (n,)
