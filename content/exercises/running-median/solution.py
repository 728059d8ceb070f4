import heapq


class RunningMedian:
    """The median of a stream of numbers, available after every value."""

    def __init__(self) -> None:
        """Start with no values."""
        # Invariants: every value in _low is <= every value in _high, and
        # len(_low) == len(_high) or len(_low) == len(_high) + 1.
        self._low: list[float] = []  # the lower half, negated: a max-heap
        self._high: list[float] = []  # the upper half: a min-heap

    def add(self, value: float) -> None:
        """Add a number to the stream."""
        low, high = self._low, self._high
        if low and value > -low[0]:
            heapq.heappush(high, value)
            if len(high) > len(low):
                heapq.heappush(low, -heapq.heappop(high))
        else:
            heapq.heappush(low, -value)
            if len(low) > len(high) + 1:
                heapq.heappush(high, -heapq.heappop(low))

    def median(self) -> float:
        """Return the median so far: the middle value, or the mean of the two middle values.

        Raise ValueError if no value has been added.
        """
        if not self._low:
            raise ValueError("the median of no values is undefined")
        if len(self._low) > len(self._high):
            return -self._low[0]
        return (-self._low[0] + self._high[0]) / 2

    def __len__(self) -> int:
        """Return how many values have been added."""
        return len(self._low) + len(self._high)
