# The textbook O(n²) Dijkstra: correct, but each step scans every junction for the unsettled
# one with the lowest cost. With 30,000 junctions that is nearly a billion comparisons; a heap
# finds the minimum in O(log n).
def shortest_path(n, edges, source, target):
    graph = [[] for _ in range(n)]
    for u, v, w in edges:
        graph[u].append((v, w))
    infinity = float("inf")
    cost = [infinity] * n
    parent = [-1] * n
    settled = [False] * n
    cost[source] = 0
    for _ in range(n):
        node, lowest = -1, infinity
        for candidate in range(n):
            if not settled[candidate] and cost[candidate] < lowest:
                node, lowest = candidate, cost[candidate]
        if node == -1:
            return None
        settled[node] = True
        if node == target:
            path = [node]
            while node != source:
                node = parent[node]
                path.append(node)
            return lowest, path[::-1]
        for neighbour, w in graph[node]:
            if lowest + w < cost[neighbour]:
                cost[neighbour] = lowest + w
                parent[neighbour] = node
    return None
