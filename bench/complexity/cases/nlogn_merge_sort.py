"""Top-down merge sort in Python."""
EXPECTED = "O(n log n)"
ENTRY = "merge_sort"


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def generate(n):
    import random

    items = list(range(n))
    random.Random(n).shuffle(items)
    return (items,)
