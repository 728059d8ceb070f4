from typing import Any

Session = dict[str, Any]


def drop_expired(sessions: list[Session], now: float) -> int:
    """Remove from sessions, in place, every session with session["expires"] <= now.

    The remaining sessions keep their order. Return the number of sessions removed.
    """
    removed = 0
    for session in sessions:
        if session["expires"] <= now:
            sessions.remove(session)
            removed += 1
    return removed


def forget_idle_users(last_seen: dict[str, float], now: float, max_idle: float) -> list[str]:
    """Delete from last_seen, in place, every user not seen for more than max_idle seconds.

    Return the names of the deleted users, sorted.
    """
    forgotten = []
    for user, seen in last_seen.items():
        if now - seen > max_idle:
            del last_seen[user]
            forgotten.append(user)
    return sorted(forgotten)
