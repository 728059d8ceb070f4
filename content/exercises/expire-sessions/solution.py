from typing import Any

Session = dict[str, Any]


def drop_expired(sessions: list[Session], now: float) -> int:
    """Remove from sessions, in place, every session with session["expires"] <= now.

    The remaining sessions keep their order. Return the number of sessions removed.
    """
    before = len(sessions)
    # Build the survivors first, then replace the list's contents through a slice assignment:
    # the caller's list object is updated, and nothing is removed while it is being iterated.
    sessions[:] = [session for session in sessions if session["expires"] > now]
    return before - len(sessions)


def forget_idle_users(last_seen: dict[str, float], now: float, max_idle: float) -> list[str]:
    """Delete from last_seen, in place, every user not seen for more than max_idle seconds.

    Return the names of the deleted users, sorted.
    """
    # Decide first (iterating over the dict), delete afterwards (iterating over the list).
    forgotten = [user for user, seen in last_seen.items() if now - seen > max_idle]
    for user in forgotten:
        del last_seen[user]
    return sorted(forgotten)
