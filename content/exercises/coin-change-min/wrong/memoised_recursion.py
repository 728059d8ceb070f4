# Top-down dynamic programming with a cache: each amount is solved once, O(amount · coins). But
# the recursion nests one call per coin paid: paying 50,000 with 1-coins goes 50,000 calls deep,
# and Python stops at about 1,000 with RecursionError.
from functools import cache


def min_coins(coins: list[int], amount: int) -> int:
    @cache
    def fewest(a):
        if a == 0:
            return 0
        options = [fewest(a - coin) for coin in coins if coin <= a]
        options = [o for o in options if o >= 0]
        return min(options) + 1 if options else -1

    return fewest(amount)
