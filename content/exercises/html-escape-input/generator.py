def generate(n):
    """A text of about n characters, a third of them special, with some references to keep."""
    chunk = "a<b>&c'd\"&amp;e&#x27;f&g "
    return ((chunk * (n // len(chunk) + 1))[:max(n, 1)],)
