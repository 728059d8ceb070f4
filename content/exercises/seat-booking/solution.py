Hall = list[list[str]]

FREE, TAKEN = ".", "X"


def empty_hall(rows: int, seats: int) -> Hall:
    """Return a new hall of `rows` rows with `seats` free seats each."""
    # One new list per row. [[FREE] * seats] * rows would repeat the SAME row list.
    return [[FREE] * seats for _ in range(rows)]


def book(hall: Hall, row: int, seat: int) -> Hall:
    """Return a copy of hall with the seat taken; hall itself is not changed.

    Raise IndexError if there is no such seat, ValueError if it is already taken.
    """
    # Negative indexes would silently count from the end: reject them explicitly.
    if not (0 <= row < len(hall) and 0 <= seat < len(hall[row])):
        raise IndexError(f"there is no seat {row}-{seat}")
    if hall[row][seat] == TAKEN:
        raise ValueError(f"seat {row}-{seat} is already taken")
    new_hall = [r[:] for r in hall]  # copy the rows too, not only the outer list
    new_hall[row][seat] = TAKEN
    return new_hall


def free_seats(hall: Hall) -> int:
    """Return the number of free seats in hall."""
    return sum(row.count(FREE) for row in hall)
