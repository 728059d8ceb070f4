def split_into_teams(n: int, rivalries: list[tuple[int, int]]) -> list[int] | None:
    """Return team[i] in {0, 1} for players 0..n-1 so that no rivals share a team, or None."""
    pass
