# Counts only insertions and deletions: len(a) + len(b) - 2 * (longest common subsequence).
# A substitution then costs 2 (a delete plus an insert), so "cat" vs "cut" gives 2, not 1.
def edit_distance(a: str, b: str) -> int:
    previous = [0] * (len(b) + 1)
    for char_a in a:
        current = [0]
        for j, char_b in enumerate(b, start=1):
            if char_a == char_b:
                current.append(previous[j - 1] + 1)
            else:
                current.append(max(previous[j], current[j - 1]))
        previous = current
    return len(a) + len(b) - 2 * previous[-1]
