# Fixes the count and the empty case but keeps `//`, floor division: 175 // 2 is 87, not 87.5,
# and for integer scores the result is an int, not a float.
def average_score(scores):
    total = 0
    count = 0
    for score in scores:
        if score is not None:
            total += score
            count += 1
    if count == 0:
        return None
    return total // count
