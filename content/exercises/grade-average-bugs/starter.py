def average_score(scores: list[float | None]) -> float | None:
    """Return the average of the scores that are present (None means absent).

    Return None when no score is present.
    """
    total = 0
    for score in scores:
        if score is not None:
            total += score
    return total // len(scores)
