# __exit__ returns True "to say it worked". A true return value from __exit__ tells Python to
# suppress the exception, so every error raised inside a timed block silently disappears.
import contextlib
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.start = None
        self.last = None
        self.total = 0.0
        self.count = 0

    def __enter__(self):
        if self.start is not None:
            raise RuntimeError("already running")
        self.start = self.clock()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.last = self.clock() - self.start
        self.start = None
        self.total += self.last
        self.count += 1
        return True

    @property
    def mean(self):
        return self.total / self.count if self.count else 0.0


@contextlib.contextmanager
def timed(label, report, clock=time.perf_counter):
    start = clock()
    try:
        yield
    finally:
        report(label, clock() - start)
