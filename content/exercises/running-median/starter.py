class RunningMedian:
    """The median of a stream of numbers, available after every value."""

    def __init__(self) -> None:
        """Start with no values."""
        pass

    def add(self, value: float) -> None:
        """Add a number to the stream."""
        pass

    def median(self) -> float:
        """Return the median so far: the middle value, or the mean of the two middle values.

        Raise ValueError if no value has been added.
        """
        pass

    def __len__(self) -> int:
        """Return how many values have been added."""
        pass
