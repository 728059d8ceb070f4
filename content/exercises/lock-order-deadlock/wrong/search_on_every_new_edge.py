# Checks each new edge u -> v as it is added, with a breadth-first search from v back to u. It
# finds the right cycles, but repeats a search of the graph built so far for every edge:
# O(E * (V + E)), which on a chain of 60,000 locks is billions of steps.
from collections import deque


def find_deadlock(threads):
    graph = {}

    def path_between(start, goal):
        parents = {start: None}
        queue = deque([start])
        while queue:
            lock = queue.popleft()
            if lock == goal:
                path = []
                while lock is not None:
                    path.append(lock)
                    lock = parents[lock]
                return path[::-1]
            for successor in graph.get(lock, ()):
                if successor not in parents:
                    parents[successor] = lock
                    queue.append(successor)
        return None

    for events in threads:
        held = {}
        for action, lock in events:
            if action == "acquire":
                if lock not in held:
                    for other in held:
                        if lock not in graph.setdefault(other, set()):
                            graph[other].add(lock)
                            path = path_between(lock, other)
                            if path:
                                return path
                held[lock] = held.get(lock, 0) + 1
            elif action == "release":
                if lock not in held:
                    raise ValueError("release of a lock that is not held")
                held[lock] -= 1
                if not held[lock]:
                    del held[lock]
            else:
                raise ValueError("unknown action")
    return None
