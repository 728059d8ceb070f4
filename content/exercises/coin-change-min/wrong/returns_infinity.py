# The table is right, but an amount that cannot be paid is left at infinity and returned as
# float('inf') instead of -1.
def min_coins(coins: list[int], amount: int) -> int:
    best = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a:
                best[a] = min(best[a], best[a - coin] + 1)
    return best[amount]
