# Kruskal's algorithm with the simplest union-find: no path compression, no union by size. A
# chain of links builds one long chain of parent pointers, and then every find from its far end
# walks the whole chain: O(n) per find, O(n·m) in all.
def minimum_spanning_tree(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    chosen, cost = [], 0
    for u, v, w in sorted(edges, key=lambda edge: edge[2]):
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b
            chosen.append((u, v, w))
            cost += w
    if len(chosen) < n - 1:
        return None
    return cost, chosen
