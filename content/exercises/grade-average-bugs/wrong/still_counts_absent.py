# Half a fix: true division and a guard for the empty list, but it still divides by len(scores),
# so every absent student counts as a 0: [70, None, 90] averages to 53.3 instead of 80.
def average_score(scores):
    if not scores:
        return None
    total = 0
    for score in scores:
        if score is not None:
            total += score
    return total / len(scores)
