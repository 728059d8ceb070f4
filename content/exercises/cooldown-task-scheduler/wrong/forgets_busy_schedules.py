# The frame formula without the max(len(tasks), ...): when there are more tasks than idle slots
# to fill, the frames overflow and the real answer is simply len(tasks). This returns less.
from collections import Counter


def least_time(tasks, cooldown):
    if not tasks:
        return 0
    counts = Counter(tasks).values()
    most = max(counts)
    tied = sum(1 for count in counts if count == most)
    return (most - 1) * (cooldown + 1) + tied
