# Uses `if value:` to decide what to keep, meaning "skip the empty stuff". But 0, False, "", None
# and [] are all falsy, and they are real values: they silently disappear from the result.
def flatten_dict(d: dict, sep: str = ".") -> dict:
    flat = {}

    def walk(node, prefix):
        for key, value in node.items():
            if isinstance(value, dict) and value:
                walk(value, prefix + key + sep)
            elif value or value == {}:
                flat[prefix + key] = value

    walk(d, "")
    return flat
