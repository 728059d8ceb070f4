from collections import deque


def bfs_distances(graph, source):
    """Return {node: fewest links from source} for every node reachable from source.

    graph maps a node to the list of nodes it links to; nodes without outgoing links may be
    missing from its keys.
    """
    distances = {source: 0}  # also the "seen" set: a node is in it from the moment it is queued
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for neighbour in graph.get(node, ()):  # a node without links may have no key
            if neighbour not in distances:
                # The first time BFS reaches a node is along a shortest path: record it now,
                # once, so the node is never queued again and its distance never overwritten.
                distances[neighbour] = distances[node] + 1
                queue.append(neighbour)
    return distances
