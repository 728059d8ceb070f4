def generate(n):
    """n characters of mixed-case text with punctuation and digits, shifted by 7."""
    return ("The Quick brown fox, 42 jumps! " * (n // 31 + 1))[:n], 7
