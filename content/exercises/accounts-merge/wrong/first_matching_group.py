# One pass with a dict from email to group: each account joins the group of the first email that
# is already known. But an account that touches TWO existing groups should merge them, and here
# the second group is simply left apart.
def merge_accounts(accounts):
    group_of = {}
    groups = []
    for name, *emails in accounts:
        known = [group_of[e] for e in emails if e in group_of]
        if known:
            index = known[0]
        else:
            index = len(groups)
            groups.append((name, set()))
        for email in emails:
            groups[index][1].add(email)
            group_of.setdefault(email, index)
    merged = [[name, *sorted(emails)] for name, emails in groups]
    merged.sort(key=lambda account: account[1])
    return merged
