# Avoids the ZeroDivisionError, but answers 0.0 when no score is present. An average of 0 is a
# real (and very bad) result; "no scores" has to be told apart from it, with None.
def average_score(scores):
    total = 0
    count = 0
    for score in scores:
        if score is not None:
            total += score
            count += 1
    if count == 0:
        return 0.0
    return total / count
