# Assumes the intervals arrive sorted by start. The merging loop is right, but on unsorted input an
# interval is compared only with its neighbour in the given order, so overlaps are missed and the
# result is out of order.
def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
