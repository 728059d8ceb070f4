# Fixes both copying bugs but trusts Python's indexing for the bounds check: seat 5 of a
# 3-seat row raises IndexError, yet seat -1 is quietly the last seat of the row, so an
# invalid request books a real seat.
FREE, TAKEN = ".", "X"


def empty_hall(rows, seats):
    return [[FREE] * seats for _ in range(rows)]


def book(hall, row, seat):
    if hall[row][seat] == TAKEN:
        raise ValueError(f"seat {row}-{seat} is already taken")
    new_hall = [r[:] for r in hall]
    new_hall[row][seat] = TAKEN
    return new_hall


def free_seats(hall):
    return sum(row.count(FREE) for row in hall)
