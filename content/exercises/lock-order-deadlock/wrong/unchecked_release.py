# Accepts a release of a lock the thread does not hold and just ignores it. Such an event means the
# trace is corrupt (or the program releases someone else's lock, itself a bug), and silently
# carrying on hides it.
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
                if held.get(lock, 0) > 1:
                    held[lock] -= 1
                else:
                    held.pop(lock, None)
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
