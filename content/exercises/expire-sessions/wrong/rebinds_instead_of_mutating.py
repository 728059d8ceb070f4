# Filters with comprehensions, which is the right idea, but assigns the result to the parameter
# name. That only rebinds the local variable: the caller's list and dict are untouched, so the
# expired sessions and idle users are still there for the rest of the server.
def drop_expired(sessions, now):
    before = len(sessions)
    sessions = [session for session in sessions if session["expires"] > now]
    return before - len(sessions)


def forget_idle_users(last_seen, now, max_idle):
    forgotten = sorted(user for user, seen in last_seen.items() if now - seen > max_idle)
    last_seen = {user: seen for user, seen in last_seen.items() if now - seen <= max_idle}
    return forgotten
