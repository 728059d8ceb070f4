# Two heaps, correctly balanced, but the two middle values are averaged with //, integer floor
# division: 1 and 2 give 1 instead of 1.5, and -3 and -2 give -3 instead of -2.5.
import heapq


class RunningMedian:
    def __init__(self):
        self.low = []
        self.high = []

    def add(self, value):
        if self.low and value > -self.low[0]:
            heapq.heappush(self.high, value)
            if len(self.high) > len(self.low):
                heapq.heappush(self.low, -heapq.heappop(self.high))
        else:
            heapq.heappush(self.low, -value)
            if len(self.low) > len(self.high) + 1:
                heapq.heappush(self.high, -heapq.heappop(self.low))

    def median(self):
        if not self.low:
            raise ValueError("no values")
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) // 2

    def __len__(self):
        return len(self.low) + len(self.high)
