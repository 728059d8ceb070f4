# Treats "every producer has finished" as the end of the simulation, without letting the consumers
# drain what is still in the buffer: items that consumers are waiting for are reported as left over.
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
        if not any(queues):
            status = "done" if not any(wanted) else "consumers-stuck"
            break
        if not any(wanted) and len(buffer) == capacity:
            status = "producers-stuck"
            break
        for i, queue in enumerate(queues):
            if queue:
                if len(buffer) < capacity:
                    buffer.append(queue.popleft())
                else:
                    blocked[i].append(tick)
        for offset in range(len(wanted)):
            j = (tick + offset) % len(wanted)
            if buffer and wanted[j]:
                received[j].append((tick, buffer.popleft()))
                wanted[j] -= 1
        tick += 1
    return {"received": received, "blocked": blocked, "ticks": tick, "left": list(buffer), "status": status}
