# Correct Kruskal's algorithm, but it never checks that the links connected every site: for a
# network that falls apart it returns the cheapest links of each part instead of None.
from operator import itemgetter


def minimum_spanning_tree(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    chosen, cost = [], 0
    for edge in sorted(edges, key=itemgetter(2)):
        a, b = find(edge[0]), find(edge[1])
        if a != b:
            parent[a] = b
            chosen.append(edge)
            cost += edge[2]
    return cost, chosen
