from collections import Counter


def least_time(tasks: list[str], cooldown: int) -> int:
    """Return the fewest time units that run every task, idle units included.

    Two tasks with the same name must run at least cooldown + 1 units apart; any order is allowed.
    """
    if not tasks:
        return 0
    counts = Counter(tasks).values()
    most = max(counts)
    tied = sum(1 for count in counts if count == most)
    # The most frequent names need most - 1 full frames of cooldown + 1 units, plus one unit each
    # at the end. Other tasks fill the frames; if they overflow them, nothing idles at all.
    return max(len(tasks), (most - 1) * (cooldown + 1) + tied)
