def generate(n):
    """n items in k = n / 8 sorted lists of 8: list j holds j, j + k, j + 2k, ...

    Every list is sorted, and the merge must visit the lists round-robin, so every pop of the
    heap replaces its smallest head with a value larger than all the others.
    """
    k = max(1, n // 8)
    return ([list(range(j, n, k)) for j in range(k)],)
