# The recurrence is right, but nothing is remembered: each call makes three more, and the same
# pairs of prefixes are solved again and again. The time grows exponentially with the length;
# two strings of a few dozen characters already take longer than the time limit.
def edit_distance(a: str, b: str) -> int:
    if not a or not b:
        return len(a) + len(b)
    if a[-1] == b[-1]:
        return edit_distance(a[:-1], b[:-1])
    return 1 + min(
        edit_distance(a[:-1], b),  # delete
        edit_distance(a, b[:-1]),  # insert
        edit_distance(a[:-1], b[:-1]),  # substitute
    )
