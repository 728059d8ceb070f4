# Entry book. n = the number of seats in the hall (about sqrt(n) rows of sqrt(n) seats):
# expected O(n) in n, i.e. O(rows × seats): the booking returns a copy of the whole hall.


def generate(n):
    """A hall of about n seats, every other one taken, and its last seat, which is free."""
    rows = max(1, int(n**0.5))
    seats = max(1, n // rows)
    hall = [["X" if (r + s) % 2 else "." for s in range(seats)] for r in range(rows)]
    hall[rows - 1][seats - 1] = "."
    return hall, rows - 1, seats - 1
