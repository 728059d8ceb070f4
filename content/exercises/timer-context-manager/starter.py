import contextlib
import time
from collections.abc import Callable, Iterator
from types import TracebackType


class Timer:
    """A reusable context manager that measures each `with` block and keeps statistics."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        """Create a timer that has measured nothing yet: last None, total 0.0, count 0."""
        pass

    def __enter__(self) -> "Timer":
        """Start measuring; raise RuntimeError if the timer is already running."""
        pass

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop measuring and update last, total and count; never swallow an exception."""
        pass

    @property
    def mean(self) -> float:
        """The average duration of the measured blocks, or 0.0 before the first one."""
        pass


@contextlib.contextmanager
def timed(
    label: str,
    report: Callable[[str, float], object],
    clock: Callable[[], float] = time.perf_counter,
) -> Iterator[None]:
    """Measure the `with` block and call report(label, elapsed), even if the block raises."""
    # Write this as a generator function: code before its single `yield` runs on entry,
    # code after it on exit.
    pass
