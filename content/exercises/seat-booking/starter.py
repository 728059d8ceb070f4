Hall = list[list[str]]

FREE, TAKEN = ".", "X"


def empty_hall(rows: int, seats: int) -> Hall:
    """Return a new hall of `rows` rows with `seats` free seats each."""
    return [[FREE] * seats] * rows


def book(hall: Hall, row: int, seat: int) -> Hall:
    """Return a copy of hall with the seat taken; hall itself is not changed.

    Raise IndexError if there is no such seat, ValueError if it is already taken.
    """
    new_hall = hall.copy()
    if new_hall[row][seat] == TAKEN:
        raise ValueError(f"seat {row}-{seat} is already taken")
    new_hall[row][seat] = TAKEN
    return new_hall


def free_seats(hall: Hall) -> int:
    """Return the number of free seats in hall."""
    return sum(row.count(FREE) for row in hall)
