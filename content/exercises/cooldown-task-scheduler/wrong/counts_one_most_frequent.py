# Adds 1 for the last run of the most frequent name, forgetting that every name tied for the
# maximum count needs a slot in that last frame too.
from collections import Counter


def least_time(tasks, cooldown):
    if not tasks:
        return 0
    most = max(Counter(tasks).values())
    return max(len(tasks), (most - 1) * (cooldown + 1) + 1)
