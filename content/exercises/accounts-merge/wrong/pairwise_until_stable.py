# Correct: merge any two accounts whose email sets overlap, and repeat until no pair overlaps.
# But each round compares every pair of accounts, O(n²), and a chain needs many rounds:
# far too slow for 50,000 accounts.
def merge_accounts(accounts):
    people = [(name, set(emails)) for name, *emails in accounts]
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(people):
            j = i + 1
            while j < len(people):
                if not people[i][1].isdisjoint(people[j][1]):
                    people[i][1].update(people[j][1])
                    del people[j]
                    changed = True
                else:
                    j += 1
            i += 1
    merged = [[name, *sorted(emails)] for name, emails in people]
    merged.sort(key=lambda account: account[1])
    return merged
