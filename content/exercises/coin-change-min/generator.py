def generate(n):
    """Five fixed coin values and amount = n: n is the amount, so O(amount · coins) is O(n)."""
    return [7, 11, 13, 29, 53], n
