# Dijkstra with a heap, but it returns as soon as the target is first DISCOVERED. The first
# route found to a node is not necessarily the cheapest: its cost is only final when the node
# comes off the heap, after every cheaper candidate has been expanded.
import heapq


def shortest_path(n, edges, source, target):
    graph = [[] for _ in range(n)]
    for u, v, w in edges:
        graph[u].append((v, w))
    if source == target:
        return 0, [source]
    best = {source: 0}
    parent = {source: None}
    heap = [(0, source)]
    while heap:
        cost, node = heapq.heappop(heap)
        if cost > best[node]:
            continue
        for neighbour, w in graph[node]:
            if neighbour not in best or cost + w < best[neighbour]:
                best[neighbour] = cost + w
                parent[neighbour] = node
                if neighbour == target:
                    path = [target]
                    while parent[path[-1]] is not None:
                        path.append(parent[path[-1]])
                    return best[target], path[::-1]
                heapq.heappush(heap, (cost + w, neighbour))
    return None
