# Right answers, but `flat = {**flat, ...}` builds a brand-new dict holding everything collected
# so far, once per key: O(n²) copying. With 50,000 top-level keys, that is over a billion entries
# copied.
def flatten_dict(d: dict, sep: str = ".") -> dict:
    flat = {}
    for key, value in d.items():
        if isinstance(value, dict) and value:
            inner = flatten_dict(value, sep)
            flat = {**flat, **{key + sep + k: v for k, v in inner.items()}}
        else:
            flat = {**flat, key: value}
    return flat
