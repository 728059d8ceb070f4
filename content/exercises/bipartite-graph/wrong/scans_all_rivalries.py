# Correct, but without an adjacency list: to find a player's rivals it scans the whole list of
# rivalries every time, so the search costs O(n·m), 20 billion steps at this size.
from collections import deque


def split_into_teams(n, rivalries):
    team = [-1] * n
    for start in range(n):
        if team[start] != -1:
            continue
        team[start] = 0
        queue = deque([start])
        while queue:
            player = queue.popleft()
            for a, b in rivalries:
                if a == player:
                    rival = b
                elif b == player:
                    rival = a
                else:
                    continue
                if team[rival] == -1:
                    team[rival] = 1 - team[player]
                    queue.append(rival)
                elif team[rival] == team[player]:
                    return None
    return team
