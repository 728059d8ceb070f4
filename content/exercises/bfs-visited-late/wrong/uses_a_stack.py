# Marks nodes when they are pushed, as it should, but pops from the END of the list: a stack makes
# this a depth-first search, and the first path that reaches a node need not be the shortest.
def bfs_distances(graph, source):
    distances = {source: 0}
    stack = [source]
    while stack:
        node = stack.pop()
        for neighbour in graph.get(node, ()):
            if neighbour not in distances:
                distances[neighbour] = distances[node] + 1
                stack.append(neighbour)
    return distances
