from collections import defaultdict
from collections.abc import Iterable


def profile_trace(events: Iterable[tuple[str, str, float]]) -> list[tuple[str, int, float, float]]:
    """Summarise a call/return trace the way cProfile does.

    Return one (function, calls, own, cumulative) tuple per function, sorted by own time (most
    first), then by name. Own time is time spent with the function on top of the stack;
    cumulative time counts each outermost activation once, so recursion is not double-counted.
    Raise ValueError for a trace that is not properly nested and ordered.
    """
    calls: dict[str, int] = defaultdict(int)
    own: dict[str, float] = defaultdict(int)
    cumulative: dict[str, float] = defaultdict(int)
    active: dict[str, int] = defaultdict(int)  # activations of each function on the stack
    stack: list[tuple[str, float]] = []  # (function, time it was called)
    last = None  # time of the previous event
    for kind, function, time in events:
        if last is not None and time < last:
            raise ValueError("time went backwards at %r %r" % (kind, function))
        if stack:
            own[stack[-1][0]] += time - last  # the time since the last event belongs to the top
        if kind == "call":
            stack.append((function, time))
            calls[function] += 1
            active[function] += 1
        elif kind == "return":
            if not stack or stack[-1][0] != function:
                raise ValueError("return from %r does not match the call stack" % function)
            _, started = stack.pop()
            active[function] -= 1
            if active[function] == 0:  # the outermost activation ends: count its whole span once
                cumulative[function] += time - started
        else:
            raise ValueError("unknown event kind %r" % kind)
        last = time
    if stack:
        raise ValueError("the trace ends inside %r" % stack[-1][0])
    rows = [(function, calls[function], own[function], cumulative[function]) for function in calls]
    rows.sort(key=lambda row: (-row[2], row[0]))
    return rows
