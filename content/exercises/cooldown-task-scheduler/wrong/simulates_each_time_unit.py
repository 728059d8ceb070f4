# Simulates the schedule one time unit at a time, each time scanning every name for the ready one
# with the most jobs left. That greedy choice is optimal, but the cost is O(answer * names): with
# 100,000 names, or a cooldown of 10**9, it never finishes.
from collections import Counter


def least_time(tasks, cooldown):
    remaining = Counter(tasks)
    ready_at = {}
    time = 0
    left = len(tasks)
    while left:
        best = None
        for name, count in remaining.items():
            if count and ready_at.get(name, 0) <= time:
                if best is None or count > remaining[best]:
                    best = name
        if best is not None:
            remaining[best] -= 1
            ready_at[best] = time + cooldown + 1
            left -= 1
        time += 1
    return time
