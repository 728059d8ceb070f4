# Half a fix: the list is now filtered correctly in place, but the dict is still changed while it
# is being iterated, which raises RuntimeError: dictionary changed size during iteration.
def drop_expired(sessions, now):
    before = len(sessions)
    sessions[:] = [session for session in sessions if session["expires"] > now]
    return before - len(sessions)


def forget_idle_users(last_seen, now, max_idle):
    forgotten = []
    for user, seen in last_seen.items():
        if now - seen > max_idle:
            del last_seen[user]
            forgotten.append(user)
    return sorted(forgotten)
