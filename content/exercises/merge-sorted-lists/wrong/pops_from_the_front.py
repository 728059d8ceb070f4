# Correct, and it works on copies so the inputs are safe, but list.pop(0) shifts every remaining
# value one place left: O(n) per value taken, O((n + m)²) in all. 400,000 values mean tens of
# billions of moves.
def merge_sorted(a: list[float], b: list[float]) -> list[float]:
    a, b = list(a), list(b)
    result = []
    while a and b:
        if a[0] <= b[0]:
            result.append(a.pop(0))
        else:
            result.append(b.pop(0))
    return result + a + b
