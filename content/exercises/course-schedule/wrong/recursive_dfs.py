# A textbook depth-first search with three states (new, in progress, done) and the post-order
# reversed. It is correct, but it recurses once per course along a chain of prerequisites: a
# chain of 100,000 courses blows through Python's recursion limit (about 1,000) with
# RecursionError.
def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    unlocks = [[] for _ in range(n)]
    for course, required in prerequisites:
        unlocks[required].append(course)
    NEW, ACTIVE, DONE = 0, 1, 2
    state = [NEW] * n
    finished = []

    def visit(course):
        state[course] = ACTIVE
        for later in unlocks[course]:
            if state[later] == ACTIVE:
                return False  # back to a course in progress: a cycle
            if state[later] == NEW and not visit(later):
                return False
        state[course] = DONE
        finished.append(course)
        return True

    for course in range(n):
        if state[course] == NEW and not visit(course):
            return None
    return finished[::-1]
