# Iterates over a copy of the list and removes from the original: no more skipped items. But
# list.remove(x) scans from the front for an element EQUAL to x (comparing dicts key by key) and
# then shifts everything after it, O(n) per removal, O(n²) in all: 100,000 removals from 200,000
# sessions take far too long. With equal sessions it may also remove a different, equal one.
def drop_expired(sessions, now):
    removed = 0
    for session in sessions[:]:
        if session["expires"] <= now:
            sessions.remove(session)
            removed += 1
    return removed


def forget_idle_users(last_seen, now, max_idle):
    forgotten = [user for user, seen in last_seen.items() if now - seen > max_idle]
    for user in forgotten:
        del last_seen[user]
    return sorted(forgotten)
