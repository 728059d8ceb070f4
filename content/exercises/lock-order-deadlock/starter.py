from collections.abc import Hashable, Sequence


def find_deadlock(threads: Sequence[Sequence[tuple[str, Hashable]]]) -> list[Hashable] | None:
    """Return a cycle in the lock-order graph of the threads' lock events, or None.

    threads[i] lists thread i's events in order: ("acquire", lock) or ("release", lock). Locks
    are reentrant. Acquiring lock b while holding lock a adds the edge a -> b. The result
    [l0, l1, ..., lk] has edges l0 -> l1 -> ... -> lk -> l0 (k >= 1, no lock twice).
    Raise ValueError for a release of a lock the thread does not hold, or an unknown action.
    """
    pass
