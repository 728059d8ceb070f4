# The lower half is a max-heap of negated values, but when a value moves from one heap to the
# other it is pushed without flipping its sign. The moved value lands in the wrong place in its
# new heap, and the medians go wrong as soon as the halves have to be rebalanced.
import heapq


class RunningMedian:
    def __init__(self):
        self.low = []
        self.high = []

    def add(self, value):
        if self.low and value > -self.low[0]:
            heapq.heappush(self.high, value)
            if len(self.high) > len(self.low):
                heapq.heappush(self.low, heapq.heappop(self.high))
        else:
            heapq.heappush(self.low, -value)
            if len(self.low) > len(self.high) + 1:
                heapq.heappush(self.high, heapq.heappop(self.low))

    def median(self):
        if not self.low:
            raise ValueError("no values")
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2

    def __len__(self):
        return len(self.low) + len(self.high)
