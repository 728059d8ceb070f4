# Breadth-first search: it finds the route with the fewest roads and adds up their costs. That is
# the cheapest route only when every road costs the same; one expensive road can cost more than
# several cheap ones.
from collections import deque


def shortest_path(n, edges, source, target):
    graph = [[] for _ in range(n)]
    for u, v, w in edges:
        graph[u].append((v, w))
    parent = {source: None}
    cost = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        if node == target:
            path = [node]
            while parent[path[-1]] is not None:
                path.append(parent[path[-1]])
            return cost[node], path[::-1]
        for neighbour, w in graph[node]:
            if neighbour not in parent:
                parent[neighbour] = node
                cost[neighbour] = cost[node] + w
                queue.append(neighbour)
    return None
