def edit_distance(a: str, b: str) -> int:
    """Return the fewest insertions, deletions and substitutions that turn a into b."""
    if len(a) < len(b):
        a, b = b, a  # the distance is symmetric: keep the rows as short as possible
    # previous[j] is the distance between the prefix of a handled so far and b[:j].
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        left = i  # a[:i] -> "" takes i deletions
        current = [left]
        # diagonal = previous[j - 1], above = previous[j], left = current[j - 1]
        for char_b, diagonal, above in zip(b, previous, previous[1:]):
            left = min(above + 1, left + 1, diagonal + (char_a != char_b))
            current.append(left)
        previous = current
    return previous[-1]
