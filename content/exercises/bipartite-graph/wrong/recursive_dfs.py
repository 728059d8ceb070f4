# Depth-first search by recursion: right on small groups, but a chain of 100,000 rivals nests
# 100,000 calls and Python stops at about 1,000 with RecursionError.
def split_into_teams(n, rivalries):
    rivals = [[] for _ in range(n)]
    for a, b in rivalries:
        rivals[a].append(b)
        rivals[b].append(a)
    team = [-1] * n

    def place(player, side):
        team[player] = side
        for rival in rivals[player]:
            if team[rival] == -1:
                if not place(rival, 1 - side):
                    return False
            elif team[rival] == side:
                return False
        return True

    for start in range(n):
        if team[start] == -1 and not place(start, 0):
            return None
    return team
