# A correct Dijkstra, but the path is collected by following parents back from the target and
# never reversed: it runs from the target to the source.
import heapq


def shortest_path(n, edges, source, target):
    graph = [[] for _ in range(n)]
    for u, v, w in edges:
        graph[u].append((v, w))
    best = [None] * n
    parent = [-1] * n
    best[source] = 0
    heap = [(0, source)]
    while heap:
        cost, node = heapq.heappop(heap)
        if cost > best[node]:
            continue
        if node == target:
            path = [node]
            while node != source:
                node = parent[node]
                path.append(node)
            return cost, path
        for neighbour, w in graph[node]:
            if best[neighbour] is None or cost + w < best[neighbour]:
                best[neighbour] = cost + w
                parent[neighbour] = node
                heapq.heappush(heap, (cost + w, neighbour))
    return None
