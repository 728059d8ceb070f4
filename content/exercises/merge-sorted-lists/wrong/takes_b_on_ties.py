# Uses < where <= is needed: on a tie the value from b is taken first. The numbers come out in
# order, but equal values from the two lists are swapped (the merge is not stable).
def merge_sorted(a: list[float], b: list[float]) -> list[float]:
    result = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] < b[j]:
            result.append(a[i])
            i += 1
        else:
            result.append(b[j])
            j += 1
    result.extend(a[i:])
    result.extend(b[j:])
    return result
