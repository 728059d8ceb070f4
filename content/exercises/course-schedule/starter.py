def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    """Return an order of the courses 0..n-1 that meets every (course, required) pair, or None."""
    pass
