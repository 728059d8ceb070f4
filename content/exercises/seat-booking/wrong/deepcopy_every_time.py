# Correct, but slow: copy.deepcopy copies every seat string one by one, through a generic
# machinery that records each object it copies in a memo dict. Slicing the rows copies the same
# references in C, dozens of times faster; 2,000 bookings on a 200 x 200 hall run out of time.
import copy

FREE, TAKEN = ".", "X"


def empty_hall(rows, seats):
    return [[FREE] * seats for _ in range(rows)]


def book(hall, row, seat):
    if not (0 <= row < len(hall) and 0 <= seat < len(hall[row])):
        raise IndexError(f"there is no seat {row}-{seat}")
    if hall[row][seat] == TAKEN:
        raise ValueError(f"seat {row}-{seat} is already taken")
    new_hall = copy.deepcopy(hall)
    new_hall[row][seat] = TAKEN
    return new_hall


def free_seats(hall):
    return sum(row.count(FREE) for row in hall)
