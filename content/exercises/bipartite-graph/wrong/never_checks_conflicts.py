# Places every unplaced rival on the other team, but never looks at rivals that are already
# placed, so an odd cycle goes unnoticed and a split that breaks a rivalry is returned.
from collections import deque


def split_into_teams(n, rivalries):
    rivals = [[] for _ in range(n)]
    for a, b in rivalries:
        rivals[a].append(b)
        rivals[b].append(a)
    team = [-1] * n
    for start in range(n):
        if team[start] != -1:
            continue
        team[start] = 0
        queue = deque([start])
        while queue:
            player = queue.popleft()
            for rival in rivals[player]:
                if team[rival] == -1:
                    team[rival] = 1 - team[player]
                    queue.append(rival)
    return team
