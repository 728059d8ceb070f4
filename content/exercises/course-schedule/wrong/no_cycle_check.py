# Kahn's algorithm, but it returns the order without checking that every course made it in.
# Courses on a cycle never reach zero missing prerequisites, so for impossible schedules this
# returns a partial order instead of None.
from collections import deque


def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    unlocks = [[] for _ in range(n)]
    missing = [0] * n
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
    return order
