def min_coins(coins: list[int], amount: int) -> int:
    """Return the fewest coins from coins (unlimited supply) adding up to amount, or -1."""
    impossible = amount + 1  # more coins than any real answer needs (the smallest coin is 1)
    best = [0] + [impossible] * amount  # best[a]: fewest coins that pay exactly a
    for coin in coins:
        # Going upwards lets best[a - coin] already use this coin: unlimited supply.
        for a in range(coin, amount + 1):
            candidate = best[a - coin] + 1
            if candidate < best[a]:
                best[a] = candidate
    return best[amount] if best[amount] != impossible else -1
