# A linear scan: correct answers, but it reads every element up to the target, O(n) instead of
# O(log n). It ignores the one thing the problem gives you: the list is sorted.
def find(sorted_items: list[int], target: int) -> int:
    for i in range(len(sorted_items)):
        if sorted_items[i] == target:
            return i
    return -1
