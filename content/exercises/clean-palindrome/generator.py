def generate(n):
    """A palindrome of about n characters: letters, digits and punctuation, mirrored."""
    half = ("Ab1, c; " * (n // 16 + 1))[: n // 2]
    return (half + half[::-1],)
