# The recurrence is right, but nothing is remembered: fewest(a) recomputes fewest(a - c) for every
# coin, and those recompute theirs, so the number of calls grows exponentially with the amount.
def min_coins(coins: list[int], amount: int) -> int:
    def fewest(a):
        if a == 0:
            return 0
        best = None
        for coin in coins:
            if coin <= a:
                rest = fewest(a - coin)
                if rest is not None and (best is None or rest + 1 < best):
                    best = rest + 1
        return best

    result = fewest(amount)
    return -1 if result is None else result
