# Stops the starts at len(items) - size, so a start is only used when a FULL chunk fits after it.
# The last, shorter chunk is lost: [1, 2, 3, 4, 5, 6, 7] by 3 gives [[1, 2, 3], [4, 5, 6]].
def chunk(items: list, size: int) -> list[list]:
    if size < 1:
        raise ValueError("size must be at least 1")
    return [items[start:start + size] for start in range(0, len(items) - size + 1, size)]
