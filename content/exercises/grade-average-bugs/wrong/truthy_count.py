# Counts the present scores with `if score:`. None is falsy, but so is 0: a score of 0 is added
# (harmlessly) but not counted, so [0, 100] averages to 100.0 and [0] to None.
def average_score(scores):
    total = 0
    count = 0
    for score in scores:
        if score:
            total += score
            count += 1
    if count == 0:
        return None
    return total / count
