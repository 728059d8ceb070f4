def is_anagram(a: str, b: str) -> bool:
    """Return True if b uses exactly the same characters as a, each as many times."""
    pass
