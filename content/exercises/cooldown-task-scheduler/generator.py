import random


def generate(n):
    """n tasks: about n / 4 names, each occurring about 4 times, in shuffled order; cooldown 7."""
    rng = random.Random(n)
    names = max(1, n // 4)
    tasks = ["job-%d" % (i % names) for i in range(n)]
    rng.shuffle(tasks)
    return tasks, 7
