# Counts the whole weeks right, but then assumes the leftover days are weekdays as long as there
# are at most five of them: min(extra, 5). Which leftover days fall on a weekend depends on the
# weekday the span starts on: Saturday + 2 days holds no business day at all.
def business_days(start, end, holidays=()):
    if end < start:
        return -business_days(end, start, holidays)
    weeks, extra = divmod((end - start).days, 7)
    count = 5 * weeks + min(extra, 5)
    for holiday in set(holidays):
        if start <= holiday < end and holiday.weekday() < 5:
            count -= 1
    return count
