# Subtracts every holiday inside the span, including those that fall on a Saturday or Sunday,
# which were never business days; and a holiday listed twice is subtracted twice.
def business_days(start, end, holidays=()):
    if end < start:
        return -business_days(end, start, holidays)
    weeks, extra = divmod((end - start).days, 7)
    first = start.weekday()
    count = 5 * weeks + sum(1 for offset in range(extra) if (first + offset) % 7 < 5)
    for holiday in holidays:
        if start <= holiday < end:
            count -= 1
    return count
