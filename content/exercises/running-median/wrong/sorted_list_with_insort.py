# Keeps every value in a sorted list with bisect.insort. The search is O(log n), but inserting
# shifts on average half the list: O(n) per value, and 400,000 values mean about 40 billion
# element moves.
import bisect


class RunningMedian:
    def __init__(self):
        self.values = []

    def add(self, value):
        bisect.insort(self.values, value)

    def median(self):
        values = self.values
        k = len(values)
        if k == 0:
            raise ValueError("no values")
        if k % 2:
            return values[k // 2]
        return (values[k // 2 - 1] + values[k // 2]) / 2

    def __len__(self):
        return len(self.values)
