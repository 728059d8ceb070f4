# Does what the statement describes literally: move the last item to the front, k % n times.
# insert(0, ...) shifts every item of the list, so each step is O(n) and the whole is O(n·k):
# 100,000 steps on 200,000 items is 20 billion moves.
def rotate(items: list, k: int) -> list:
    result = list(items)
    if not result:
        return result
    for _ in range(k % len(result)):
        result.insert(0, result.pop())
    return result
