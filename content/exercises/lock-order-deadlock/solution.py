from collections.abc import Hashable, Sequence


def find_deadlock(threads: Sequence[Sequence[tuple[str, Hashable]]]) -> list[Hashable] | None:
    """Return a cycle in the lock-order graph of the threads' lock events, or None.

    threads[i] lists thread i's events in order: ("acquire", lock) or ("release", lock). Locks
    are reentrant. Acquiring lock b while holding lock a adds the edge a -> b. The result
    [l0, l1, ..., lk] has edges l0 -> l1 -> ... -> lk -> l0 (k >= 1, no lock twice).
    Raise ValueError for a release of a lock the thread does not hold, or an unknown action.
    """
    graph: dict[Hashable, set[Hashable]] = {}
    for events in threads:
        held: dict[Hashable, int] = {}  # lock -> how many times this thread holds it
        for action, lock in events:
            if action == "acquire":
                if lock in held:
                    held[lock] += 1  # reentrant: no new ordering
                    continue
                for other in held:
                    graph.setdefault(other, set()).add(lock)
                graph.setdefault(lock, set())
                held[lock] = 1
            elif action == "release":
                count = held.get(lock)
                if count is None:
                    raise ValueError("release of %r, which the thread does not hold" % (lock,))
                if count == 1:
                    del held[lock]
                else:
                    held[lock] = count - 1
            else:
                raise ValueError("unknown action %r" % (action,))
    return _find_cycle(graph)


def _find_cycle(graph: dict[Hashable, set[Hashable]]) -> list[Hashable] | None:
    """Iterative depth-first search; a back edge to a lock on the current path closes a cycle."""
    DONE = 2
    state: dict[Hashable, int] = {}  # absent: unvisited, 1: on the current path, 2: done
    for start in graph:
        if start in state:
            continue
        path = [start]
        iterators = [iter(graph[start])]
        position = {start: 0}  # lock -> its index in path
        state[start] = 1
        while iterators:
            for successor in iterators[-1]:
                mark = state.get(successor)
                if mark is None:
                    state[successor] = 1
                    position[successor] = len(path)
                    path.append(successor)
                    iterators.append(iter(graph[successor]))
                    break
                if mark == 1:  # back edge: the path from successor to here is a cycle
                    return path[position[successor] :]
            else:  # every successor explored
                finished = path.pop()
                del position[finished]
                state[finished] = DONE
                iterators.pop()
    return None
