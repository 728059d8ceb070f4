def merge_sorted(a: list[float], b: list[float]) -> list[float]:
    """Return a new sorted list with the values of the sorted lists a and b (a's first on ties)."""
    result = []
    i = j = 0  # the next value to take from a, and from b
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:  # <=, so that on a tie the value from a comes first
            result.append(a[i])
            i += 1
        else:
            result.append(b[j])
            j += 1
    result.extend(a[i:])  # at most one of these two still has values, already in order
    result.extend(b[j:])
    return result
