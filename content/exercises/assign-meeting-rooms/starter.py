def assign_rooms(meetings: list[tuple[int, int]]) -> list[int]:
    """Return the room of each meeting: by start time, each takes the lowest-numbered free room."""
    pass
