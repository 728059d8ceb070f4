# Fills one list, appends it to the result when it is full, then clear()s it to start the next
# chunk. But the result holds references to that same list object every time: clearing it empties
# the chunks already stored, and they all end up being one and the same list.
def chunk(items: list, size: int) -> list[list]:
    if size < 1:
        raise ValueError("size must be at least 1")
    result, current = [], []
    for item in items:
        current.append(item)
        if len(current) == size:
            result.append(current)
            current.clear()
    if current:
        result.append(current)
    return result
