def generate(n):
    """A base config of about n values in nested sections, and ten small overrides."""
    sections = max(1, n // 10)
    base = {"section%d" % i: {"key%d" % j: j for j in range(8)} | {"list": [i, i + 1]} for i in range(sections)}
    overrides = [
        {"section%d" % ((k * 7) % sections): {"key0": -k, "key1": None, "list": [k], "new": {"x": k, "y": None}}}
        for k in range(10)
    ]
    return (base, *overrides)
