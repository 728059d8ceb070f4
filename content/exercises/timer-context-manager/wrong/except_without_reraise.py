# Reports in an `except Exception` branch and forgets to re-raise, so the generator finishes
# normally and contextmanager treats the exception as handled: it is swallowed. BaseExceptions
# such as KeyboardInterrupt are not reported at all. The timer also allows nested entries,
# which overwrite the start time of the outer block.
import contextlib
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.last = None
        self.total = 0.0
        self.count = 0

    def __enter__(self):
        self.start = self.clock()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.last = self.clock() - self.start
        self.total += self.last
        self.count += 1

    @property
    def mean(self):
        return self.total / self.count if self.count else 0.0


@contextlib.contextmanager
def timed(label, report, clock=time.perf_counter):
    start = clock()
    try:
        yield
    except Exception:
        report(label, clock() - start)
    else:
        report(label, clock() - start)
