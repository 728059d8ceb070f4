from collections import deque


def bfs_distances(graph, source):
    """Return {node: fewest links from source} for every node reachable from source.

    graph maps a node to the list of nodes it links to; nodes without outgoing links may be
    missing from its keys.
    """
    distances = {source: 0}
    visited = set()
    queue = deque([source])
    while queue:
        node = queue.popleft()
        visited.add(node)
        for neighbour in graph[node]:
            if neighbour not in visited:
                distances[neighbour] = distances[node] + 1
                queue.append(neighbour)
    return distances
