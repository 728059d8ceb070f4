from collections.abc import Iterable
from datetime import date


def business_days(start: date, end: date, holidays: Iterable[date] = ()) -> int:
    """Count the weekdays d with start <= d < end that are not holidays (negative if end < start)."""
    if end < start:
        return -business_days(end, start, holidays)
    weeks, extra = divmod((end - start).days, 7)
    count = 5 * weeks  # every run of seven consecutive days holds exactly five weekdays
    first = start.weekday()  # Monday is 0, Sunday is 6
    count += sum(1 for offset in range(extra) if (first + offset) % 7 < 5)
    for holiday in set(holidays):
        if start <= holiday < end and holiday.weekday() < 5:
            count -= 1
    return count
