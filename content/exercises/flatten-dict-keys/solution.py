def flatten_dict(d: dict, sep: str = ".") -> dict:
    """Return a flat dict mapping each path of keys, joined with sep, to its leaf value."""
    flat: dict = {}

    def walk(node: dict, prefix: str) -> None:
        for key, value in node.items():
            path = prefix + key
            if isinstance(value, dict) and value:  # a non-empty dict: go one level deeper
                walk(value, path + sep)
            else:  # a leaf, including an empty dict, which would otherwise vanish
                flat[path] = value

    walk(d, "")
    return flat
