# Leaves the size check to range(). range() does raise ValueError for a step of 0, but a
# negative step is allowed: it just produces no starts, so chunk([1, 2], -1) returns [].
def chunk(items: list, size: int) -> list[list]:
    return [items[start:start + size] for start in range(0, len(items), size)]
