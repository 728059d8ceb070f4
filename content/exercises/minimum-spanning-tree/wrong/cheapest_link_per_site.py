# Takes each site's cheapest link. Those links are all in SOME minimum spanning tree, but they
# usually do not connect everything (pairs of sites pick each other), and the result is not
# checked for being one connected network.
def minimum_spanning_tree(n, edges):
    cheapest = {}
    for edge in edges:
        u, v, w = edge
        if u == v:
            continue
        for site in (u, v):
            if site not in cheapest or w < cheapest[site][2]:
                cheapest[site] = edge
    if n > 1 and len(cheapest) < n:
        return None
    chosen = list(dict.fromkeys(cheapest.values()))
    return sum(w for _, _, w in chosen), chosen
