# Correct distances, but the nodes seen so far are kept in a list: every `in` scans it, so the
# search costs O(V²) instead of O(V + E), far too slow for 100,000 nodes.
from collections import deque


def bfs_distances(graph, source):
    distances = {source: 0}
    seen = [source]
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for neighbour in graph.get(node, ()):
            if neighbour not in seen:
                seen.append(neighbour)
                distances[neighbour] = distances[node] + 1
                queue.append(neighbour)
    return distances
