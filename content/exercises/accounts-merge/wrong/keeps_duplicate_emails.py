# Finds the right groups with a breadth-first search over emails, but collects each person's
# emails into a list, account by account, so an email listed in several accounts (or twice in
# one) appears several times.
from collections import deque


def merge_accounts(accounts):
    linked = {}
    for _, *emails in accounts:
        for email in emails:
            linked.setdefault(email, set()).update(emails)
    seen = set()
    merged = []
    for name, *emails in accounts:
        if emails[0] in seen:
            continue
        group = []
        queue = deque([emails[0]])
        seen.add(emails[0])
        while queue:
            email = queue.popleft()
            group.append(email)
            for other in linked[email]:
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
        merged.append([name, *sorted(group + emails)])
    merged.sort(key=lambda account: account[1])
    return merged
