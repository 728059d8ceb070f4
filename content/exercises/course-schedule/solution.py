from collections import deque


def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    """Return an order of the courses 0..n-1 that meets every (course, required) pair, or None."""
    unlocks: list[list[int]] = [[] for _ in range(n)]  # required -> the courses that need it
    missing = [0] * n  # how many prerequisites of each course are not taken yet
    for course, required in prerequisites:
        unlocks[required].append(course)
        missing[course] += 1
    ready = deque(course for course in range(n) if missing[course] == 0)
    order = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for later in unlocks[course]:
            missing[later] -= 1
            if missing[later] == 0:
                ready.append(later)
    # Courses on a cycle (or after one) never become ready.
    return order if len(order) == n else None
