def generate(n):
    """A trace of about 2n events: a recursion n / 2 calls deep, each level calling a helper once."""
    depth = max(1, n // 2)
    events = []
    time = 0
    for level in range(depth):
        events.append(("call", "walk", time))
        events.append(("call", "visit", time + 1))
        events.append(("return", "visit", time + 3))
        time += 4
    for level in range(depth):
        events.append(("return", "walk", time))
        time += 1
    return (events,)
