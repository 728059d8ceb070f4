def minimum_spanning_tree(
    n: int, edges: list[tuple[int, int, int]]
) -> tuple[int, list[tuple[int, int, int]]] | None:
    """Return (cost, links) of a cheapest set of links connecting sites 0..n-1, or None."""
    pass
