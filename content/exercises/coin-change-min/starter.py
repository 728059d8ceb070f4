def min_coins(coins: list[int], amount: int) -> int:
    """Return the fewest coins from coins (unlimited supply) adding up to amount, or -1."""
    pass
