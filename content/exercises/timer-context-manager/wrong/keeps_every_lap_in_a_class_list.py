# Two mistakes in one. `laps = []` is a class attribute, so every Timer appends to the same list
# and one timer's blocks show up in another's statistics. And total/mean sum that list on every
# read: O(n) per read, so reading the statistics after each of many blocks is quadratic.
import contextlib
import time


class Timer:
    laps = []

    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.start = None

    def __enter__(self):
        if self.start is not None:
            raise RuntimeError("already running")
        self.start = self.clock()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.laps.append(self.clock() - self.start)
        self.start = None

    @property
    def last(self):
        return self.laps[-1] if self.laps else None

    @property
    def count(self):
        return len(self.laps)

    @property
    def total(self):
        return float(sum(self.laps))

    @property
    def mean(self):
        return self.total / len(self.laps) if self.laps else 0.0


@contextlib.contextmanager
def timed(label, report, clock=time.perf_counter):
    start = clock()
    try:
        yield
    finally:
        report(label, clock() - start)
