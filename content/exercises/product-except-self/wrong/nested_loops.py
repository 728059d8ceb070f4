# Multiplies all the other numbers for every position: correct, but n - 1 multiplications for
# each of n positions is O(n²), 40 billion steps for 200,000 numbers.
def product_except_self(nums: list[int]) -> list[int]:
    result = []
    for i in range(len(nums)):
        product = 1
        for j in range(len(nums)):
            if j != i:
                product *= nums[j]
        result.append(product)
    return result
