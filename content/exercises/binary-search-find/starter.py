def find(sorted_items: list[int], target: int) -> int:
    """Return an index of target in the ascending list sorted_items, or -1 if it is absent."""
    pass
