# n = the number of keys in each record (added, removed, changed and unchanged ones mixed, in
# random order so the result lists need real sorting): expected O(n log n) in n.
import random


def generate(n):
    """Two records of n keys each: a quarter removed, a quarter added, a quarter changed."""
    rng = random.Random(n)
    keys = [f"field_{i:06d}" for i in range(n)]
    rng.shuffle(keys)
    before = {"updated_at": "2024-05-01T10:00:00"}
    after = {"updated_at": "2024-05-02T11:30:00"}
    for i, key in enumerate(keys):
        kind = i % 4
        if kind == 0:  # removed
            before[key] = i
        elif kind == 1:  # added
            after[key] = i
        elif kind == 2:  # changed
            before[key] = i
            after[key] = i + 1
        else:  # unchanged
            before[key] = after[key] = i
    return before, after
