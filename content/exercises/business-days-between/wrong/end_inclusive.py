# Counts the end date too, [start, end] instead of [start, end): Monday to the next Monday gives 6,
# and an empty span (start == end) counts a day.
def business_days(start, end, holidays=()):
    if end < start:
        return -business_days(end, start, holidays)
    weeks, extra = divmod((end - start).days + 1, 7)
    first = start.weekday()
    count = 5 * weeks + sum(1 for offset in range(extra) if (first + offset) % 7 < 5)
    for holiday in set(holidays):
        if start <= holiday <= end and holiday.weekday() < 5:
            count -= 1
    return count
