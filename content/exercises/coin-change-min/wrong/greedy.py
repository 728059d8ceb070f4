# Greedy: pay as many of the largest coin as fit, then the next largest, and so on. Right for
# euro or dollar coins, wrong in general: with 1, 3 and 4 it pays 6 as 4 + 1 + 1. It also gives up
# (-1) when the largest coins leave a remainder that smaller ones could have avoided.
def min_coins(coins: list[int], amount: int) -> int:
    count = 0
    for coin in sorted(coins, reverse=True):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1
