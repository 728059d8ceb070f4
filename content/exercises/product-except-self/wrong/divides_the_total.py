# Multiplies everything once and divides by each number. Fast, but the statement forbids
# division, and with a zero in the list it raises ZeroDivisionError (or, skipping zeros, gets
# the other positions wrong).
def product_except_self(nums: list[int]) -> list[int]:
    total = 1
    for value in nums:
        total *= value
    return [total // value for value in nums]
