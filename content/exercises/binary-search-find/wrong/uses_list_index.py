# Leans on the built-ins: `in` and list.index each scan the list from the start, so this is two
# O(n) passes, and the statement forbids both.
def find(sorted_items: list[int], target: int) -> int:
    if target in sorted_items:
        return sorted_items.index(target)
    return -1
