# Repeatedly scans all courses for one whose prerequisites are all taken. Correct, but each
# scan is O(n + p) and there are n of them: O(n²) on a long chain, far too slow for 100,000
# courses.
def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    needs = [set() for _ in range(n)]
    for course, required in prerequisites:
        needs[course].add(required)
    taken = set()
    order = []
    while len(order) < n:
        for course in range(n):
            if course not in taken and needs[course] <= taken:
                taken.add(course)
                order.append(course)
                break
        else:
            return None  # nothing is ready: a cycle
    return order
