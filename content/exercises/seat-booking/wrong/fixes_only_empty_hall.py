# Half a fix: new halls now have separate rows, but book() still makes a shallow copy. The new
# outer list holds the same row lists as the old hall, so booking a seat in the copy books it in
# the old hall too, and the undo history is rewritten.
FREE, TAKEN = ".", "X"


def empty_hall(rows, seats):
    return [[FREE] * seats for _ in range(rows)]


def book(hall, row, seat):
    if not (0 <= row < len(hall) and 0 <= seat < len(hall[row])):
        raise IndexError(f"there is no seat {row}-{seat}")
    new_hall = hall[:]
    if new_hall[row][seat] == TAKEN:
        raise ValueError(f"seat {row}-{seat} is already taken")
    new_hall[row][seat] = TAKEN
    return new_hall


def free_seats(hall):
    return sum(row.count(FREE) for row in hall)
