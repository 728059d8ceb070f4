def generate(n):
    """Two anagrams of n characters drawn from 5,000 CJK ideographs: b is a reversed."""
    a = "".join(chr(0x4E00 + (i * 7919) % 5000) for i in range(n))
    return a, a[::-1]
