# The generator reports after `yield`, but not inside try/finally. When the block raises, the
# exception is thrown into the generator at the `yield`, the code after it never runs, and the
# failing block (often the slow one you wanted to see) is never reported.
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

    @property
    def mean(self):
        return self.total / self.count if self.count else 0.0


@contextlib.contextmanager
def timed(label, report, clock=time.perf_counter):
    start = clock()
    yield
    report(label, clock() - start)
