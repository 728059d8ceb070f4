import heapq


def shortest_path(
    n: int, edges: list[tuple[int, int, int]], source: int, target: int
) -> tuple[int, list[int]] | None:
    """Return (cost, path) of a cheapest path from source to target, or None if there is none."""
    graph: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, weight in edges:
        graph[u].append((v, weight))
    best = [None] * n  # the lowest cost found so far for each node
    parent = [-1] * n  # the node before it on that path
    best[source] = 0
    heap = [(0, source)]
    while heap:
        cost, node = heapq.heappop(heap)
        if cost > best[node]:
            continue  # a stale entry: the node was reached more cheaply since it was pushed
        if node == target:
            # Popped with the smallest cost in the heap: no other route can be cheaper.
            path = [node]
            while node != source:
                node = parent[node]
                path.append(node)
            return cost, path[::-1]
        for neighbour, weight in graph[node]:
            new_cost = cost + weight
            if best[neighbour] is None or new_cost < best[neighbour]:
                best[neighbour] = new_cost
                parent[neighbour] = node
                heapq.heappush(heap, (new_cost, neighbour))
    return None
