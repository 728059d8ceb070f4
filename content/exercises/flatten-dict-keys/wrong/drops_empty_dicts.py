# Recurses into EVERY dict, including empty ones. An empty dict has no keys to contribute, so the
# key that held it disappears from the result: {"meta": {}} flattens to {}.
def flatten_dict(d: dict, sep: str = ".") -> dict:
    flat = {}

    def walk(node, prefix):
        for key, value in node.items():
            if isinstance(value, dict):
                walk(value, prefix + key + sep)
            else:
                flat[prefix + key] = value

    walk(d, "")
    return flat
