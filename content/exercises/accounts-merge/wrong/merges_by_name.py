# Treats the name as the identity: every account called "Sam" ends up in one account. Names are
# not unique; only a shared email proves two accounts belong to the same person.
def merge_accounts(accounts):
    by_name = {}
    for name, *emails in accounts:
        by_name.setdefault(name, set()).update(emails)
    merged = [[name, *sorted(emails)] for name, emails in by_name.items()]
    merged.sort(key=lambda account: account[1])
    return merged
