# Remembers every lock a thread has ever acquired instead of the ones it currently holds, so a lock
# released long ago still "precedes" the next acquire. Two threads that never hold two locks at
# once are reported as a deadlock.
def find_deadlock(threads):
    graph = {}
    for events in threads:
        seen = []
        for action, lock in events:
            if action == "acquire":
                if lock not in seen:
                    for other in seen:
                        graph.setdefault(other, set()).add(lock)
                    graph.setdefault(lock, set())
                    seen.append(lock)
            elif action != "release":
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
