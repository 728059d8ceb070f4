from operator import itemgetter


def minimum_spanning_tree(
    n: int, edges: list[tuple[int, int, int]]
) -> tuple[int, list[tuple[int, int, int]]] | None:
    """Return (cost, links) of a cheapest set of links connecting sites 0..n-1, or None."""
    parent = list(range(n))  # union-find: each site points towards its group's root
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving: point to the grandparent
            x = parent[x]
        return x

    chosen: list[tuple[int, int, int]] = []
    cost = 0
    # Kruskal: cheapest link first; keep it when it joins two groups that are still apart.
    for edge in sorted(edges, key=itemgetter(2)):
        if len(chosen) == n - 1:
            break
        a, b = find(edge[0]), find(edge[1])
        if a == b:
            continue  # both ends already connected: this link would close a cycle
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a  # union by size: the smaller group goes under the larger one
        size[a] += size[b]
        chosen.append(edge)
        cost += edge[2]
    if len(chosen) < n - 1:
        return None  # the links ran out before every site was connected
    return cost, chosen
