# An off-by-one: the range stops before index 0, so the first character is lost.
def reverse(text: str) -> str:
    result = []
    for i in range(len(text) - 1, 0, -1):
        result.append(text[i])
    return "".join(result)
