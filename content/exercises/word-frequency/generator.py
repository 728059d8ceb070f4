VOCABULARY = ["word" + chr(ord("a") + i % 26) * (1 + i // 26) for i in range(500)]


def generate(n):
    """About n words from a fixed vocabulary of 500, with punctuation, asking for the top 10."""
    words = [VOCABULARY[(i * 7) % 500] for i in range(n)]
    return ", ".join(words) + ".", 10
