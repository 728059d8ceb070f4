"""Walking down an implicit complete binary tree (array layout) from the root to a leaf."""
EXPECTED = "O(log n)"
ENTRY = "leftmost_leaf"


def leftmost_leaf(tree):
    i = 0
    while 2 * i + 1 < len(tree):
        i = 2 * i + 1
    return tree[i]


def generate(n):
    return (list(range(max(n, 1))),)
