def generate(n):
    """n characters: the alphabet over and over, then one '!' at the end, the only unique one."""
    body = "abcdefghijklmnopqrstuvwxyz" * (n // 26 + 1)
    return (body[: max(n - 1, 0)] + "!",)
