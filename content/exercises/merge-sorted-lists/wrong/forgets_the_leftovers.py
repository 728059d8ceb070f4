# The loop stops as soon as ONE list runs out, and the values still waiting in the other list are
# never added: merge_sorted([1, 9], [2, 3]) returns [1, 2, 3] and loses the 9.
def merge_sorted(a: list[float], b: list[float]) -> list[float]:
    result = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            result.append(a[i])
            i += 1
        else:
            result.append(b[j])
            j += 1
    return result
