def shortest_path(
    n: int, edges: list[tuple[int, int, int]], source: int, target: int
) -> tuple[int, list[int]] | None:
    """Return (cost, path) of a cheapest path from source to target, or None if there is none."""
    pass
