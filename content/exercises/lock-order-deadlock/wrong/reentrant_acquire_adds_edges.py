# Treats every acquire the same way, also an acquire of a lock the thread already holds. With a
# reentrant lock that is not a new ordering, but here it adds a self-loop A -> A (reported as a
# one-lock "cycle") and edges from locks taken in between back to A.
def find_deadlock(threads):
    graph = {}
    for events in threads:
        held = {}
        for action, lock in events:
            if action == "acquire":
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
    for start in graph:
        if start in state:
            continue
        path, iterators, position = [start], [iter(graph[start])], {start: 0}
        state[start] = 1
        while iterators:
            for successor in iterators[-1]:
                if successor not in state:
                    state[successor] = 1
                    position[successor] = len(path)
                    path.append(successor)
                    iterators.append(iter(graph[successor]))
                    break
                if state[successor] == 1:
                    return path[position[successor] :]
            else:
                state[path.pop()] = 2
                iterators.pop()
    return None
