# Builds the graph correctly and finds cycles with a textbook recursive depth-first search. Each
# lock on the current path is one Python stack frame, so a chain of 60,000 locks exceeds the
# recursion limit and raises RecursionError.
def find_deadlock(threads):
    graph = {}
    for events in threads:
        held = {}
        for action, lock in events:
            if action == "acquire":
                if lock not in held:
                    for other in held:
                        graph.setdefault(other, set()).add(lock)
                    graph.setdefault(lock, set())
                held[lock] = held.get(lock, 0) + 1
            elif action == "release":
                if lock not in held:
                    raise ValueError("release of a lock that is not held")
                held[lock] -= 1
                if not held[lock]:
                    del held[lock]
            else:
                raise ValueError("unknown action")

    state = {}
    path = []

    def visit(lock):
        state[lock] = 1
        path.append(lock)
        for successor in graph[lock]:
            if state.get(successor) == 1:
                return path[path.index(successor) :]
            if successor not in state:
                cycle = visit(successor)
                if cycle:
                    return cycle
        path.pop()
        state[lock] = 2
        return None

    for lock in graph:
        if lock not in state:
            cycle = visit(lock)
            if cycle:
                return cycle
    return None
