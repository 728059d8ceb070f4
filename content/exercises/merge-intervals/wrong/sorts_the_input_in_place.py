# list.sort() sorts the caller's list in place: the merge is correct, but the caller's data has
# been reordered behind their back. sorted(intervals) would make a new list.
def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    intervals.sort()
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
