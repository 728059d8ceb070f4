import contextlib
import time
from collections.abc import Callable, Iterator
from types import TracebackType


class Timer:
    """A reusable context manager that measures each `with` block and keeps statistics."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        """Create a timer that has measured nothing yet: last None, total 0.0, count 0."""
        self._clock = clock
        self._start: float | None = None  # None while the timer is not running
        self.last: float | None = None
        self.total = 0.0
        self.count = 0

    def __enter__(self) -> "Timer":
        """Start measuring; raise RuntimeError if the timer is already running."""
        if self._start is not None:
            raise RuntimeError("this timer is already running")
        self._start = self._clock()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop measuring and update last, total and count; never swallow an exception."""
        assert self._start is not None
        elapsed = self._clock() - self._start
        self._start = None
        self.last = elapsed
        self.total += elapsed
        self.count += 1
        # Returning None (falsy) lets an exception raised in the block propagate.

    @property
    def mean(self) -> float:
        """The average duration of the measured blocks, or 0.0 before the first one."""
        return self.total / self.count if self.count else 0.0


@contextlib.contextmanager
def timed(
    label: str,
    report: Callable[[str, float], object],
    clock: Callable[[], float] = time.perf_counter,
) -> Iterator[None]:
    """Measure the `with` block and call report(label, elapsed), even if the block raises."""
    start = clock()
    try:
        yield
    finally:
        report(label, clock() - start)
