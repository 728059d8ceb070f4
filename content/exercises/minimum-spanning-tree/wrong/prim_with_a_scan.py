# Prim's algorithm that finds the next site to add by scanning every site: correct, and fine for
# dense graphs, but O(n²) — 10 billion steps for 100,000 sites.
def minimum_spanning_tree(n, edges):
    links = [[] for _ in range(n)]
    for edge in edges:
        u, v, w = edge
        links[u].append((v, w, edge))
        links[v].append((u, w, edge))
    best = [None] * n  # cheapest known link into the tree, per site
    in_tree = [False] * n
    in_tree[0] = True
    for v, w, edge in links[0]:
        if not in_tree[v] and (best[v] is None or w < best[v][0]):
            best[v] = (w, edge)
    chosen, cost = [], 0
    for _ in range(n - 1):
        pick = None
        for site in range(n):
            if not in_tree[site] and best[site] is not None:
                if pick is None or best[site][0] < best[pick][0]:
                    pick = site
        if pick is None:
            return None
        in_tree[pick] = True
        chosen.append(best[pick][1])
        cost += best[pick][0]
        for v, w, edge in links[pick]:
            if not in_tree[v] and (best[v] is None or w < best[v][0]):
                best[v] = (w, edge)
    return cost, chosen
