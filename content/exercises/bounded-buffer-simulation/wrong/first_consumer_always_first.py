# Serves the consumers in index order in every tick instead of starting at tick % len(demands).
# Consumer 0 wins every item it can: when the buffer holds fewer items than there are consumers,
# the others wait (starvation), and who gets which item differs from the specification.
from collections import deque


def simulate(capacity, producers, demands):
    if capacity < 1 or any(d < 0 for d in demands):
        raise ValueError("invalid arguments")
    queues = [deque(items) for items in producers]
    wanted = list(demands)
    buffer = deque()
    received = [[] for _ in demands]
    blocked = [[] for _ in producers]
    tick = 0
    while True:
        producing = any(queues)
        consuming = any(wanted)
        if not producing and not consuming:
            status = "done"
            break
        if not producing and not buffer:
            status = "consumers-stuck"
            break
        if not consuming and len(buffer) == capacity:
            status = "producers-stuck"
            break
        for i, queue in enumerate(queues):
            if queue:
                if len(buffer) < capacity:
                    buffer.append(queue.popleft())
                else:
                    blocked[i].append(tick)
        for j in range(len(wanted)):
            if buffer and wanted[j]:
                received[j].append((tick, buffer.popleft()))
                wanted[j] -= 1
        tick += 1
    return {"received": received, "blocked": blocked, "ticks": tick, "left": list(buffer), "status": status}
