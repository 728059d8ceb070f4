def flatten_dict(d: dict, sep: str = ".") -> dict:
    """Return a flat dict mapping each path of keys, joined with sep, to its leaf value."""
    pass
