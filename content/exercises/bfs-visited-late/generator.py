def generate(n):
    """n nodes, node i linking to i + 1 and i + 7 (about 2n links), searched from 0 so that every
    node is reached: n is the number of nodes."""
    n = max(n, 1)
    return {i: [j for j in (i + 1, i + 7) if j < n] for i in range(n)}, 0
