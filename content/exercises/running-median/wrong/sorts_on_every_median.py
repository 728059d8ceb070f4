# Appends in O(1) and sorts a copy whenever the median is asked for: O(n log n) per median, so a
# median after every value is O(n² log n) in all.
class RunningMedian:
    def __init__(self):
        self.values = []

    def add(self, value):
        self.values.append(value)

    def median(self):
        if not self.values:
            raise ValueError("no values")
        ordered = sorted(self.values)
        k = len(ordered)
        if k % 2:
            return ordered[k // 2]
        return (ordered[k // 2 - 1] + ordered[k // 2]) / 2

    def __len__(self):
        return len(self.values)
