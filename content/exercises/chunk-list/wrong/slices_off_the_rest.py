# Correct, but `rest = rest[size:]` copies every remaining item on every step: with chunks of 1,
# 200,000 items mean about 20 billion copies, O(n²/size).
def chunk(items: list, size: int) -> list[list]:
    if size < 1:
        raise ValueError("size must be at least 1")
    result = []
    rest = items
    while rest:
        result.append(rest[:size])
        rest = rest[size:]
    return result
