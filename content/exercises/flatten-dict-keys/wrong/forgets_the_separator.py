# The recursive call does not pass `sep` on, so the inner levels fall back to the default ".":
# with sep="_", {"a": {"b": {"c": 1}}} becomes {"a_b.c": 1}.
def flatten_dict(d: dict, sep: str = ".") -> dict:
    flat = {}
    for key, value in d.items():
        if isinstance(value, dict) and value:
            for inner_key, inner_value in flatten_dict(value).items():
                flat[key + sep + inner_key] = inner_value
        else:
            flat[key] = value
    return flat
