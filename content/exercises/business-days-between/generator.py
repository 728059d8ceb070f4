from datetime import date, timedelta

MAX_SPAN = (date.max - date.min).days


def generate(n):
    """A span of n days (capped at the 3.6 million days the date type allows) and 20 holidays.

    The holidays lie just before the span, so every call checks all of them whatever n is.
    """
    start = date.min + timedelta(days=30)  # a Wednesday, so the leftover days cross a weekend
    span = min(max(n, 1), MAX_SPAN - 30)
    holidays = {date.min + timedelta(days=k) for k in range(20)}
    return start, start + timedelta(days=span), holidays
