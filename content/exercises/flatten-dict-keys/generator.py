def generate(n):
    """About n leaves: n // 4 records of 4 leaves each, two of them one level deeper."""
    records = max(n // 4, 1)
    return ({"r%d" % i: {"id": i, "pos": {"x": i, "y": -i}, "tags": []} for i in range(records)},)
