def average_score(scores: list[float | None]) -> float | None:
    """Return the average of the scores that are present (None means absent).

    Return None when no score is present.
    """
    total = 0
    count = 0  # how many scores are present: absent students do not count
    for score in scores:
        if score is not None:  # not `if score:`, which would skip a real score of 0
            total += score
            count += 1
    if count == 0:
        return None  # nothing to average: an empty list, or everyone absent
    return total / count  # true division always gives a float; // would floor it
