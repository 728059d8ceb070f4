from collections import deque


def split_into_teams(n: int, rivalries: list[tuple[int, int]]) -> list[int] | None:
    """Return team[i] in {0, 1} for players 0..n-1 so that no rivals share a team, or None."""
    rivals: list[list[int]] = [[] for _ in range(n)]
    for a, b in rivalries:
        rivals[a].append(b)
        rivals[b].append(a)
    team = [-1] * n  # -1: not placed yet
    for start in range(n):
        if team[start] != -1:
            continue
        team[start] = 0  # a new group of players: its first player may go on either team
        queue = deque([start])
        while queue:
            player = queue.popleft()
            for rival in rivals[player]:
                if team[rival] == -1:
                    team[rival] = 1 - team[player]  # forced onto the other team
                    queue.append(rival)
                elif team[rival] == team[player]:
                    return None  # an odd cycle (or a self-rivalry): no split works
    return team
