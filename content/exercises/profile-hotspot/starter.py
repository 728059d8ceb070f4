from collections.abc import Iterable


def profile_trace(events: Iterable[tuple[str, str, float]]) -> list[tuple[str, int, float, float]]:
    """Summarise a call/return trace the way cProfile does.

    Return one (function, calls, own, cumulative) tuple per function, sorted by own time (most
    first), then by name. Own time is time spent with the function on top of the stack;
    cumulative time counts each outermost activation once, so recursion is not double-counted.
    Raise ValueError for a trace that is not properly nested and ordered.
    """
    pass
