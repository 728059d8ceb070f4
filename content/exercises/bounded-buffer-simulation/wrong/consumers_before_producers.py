# Runs the consumer phase before the producer phase, so an item can only be taken in the tick after
# it was put: every item arrives one tick late, and the buffer is fuller when producers come, so
# they block more often.
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
        for offset in range(len(wanted)):
            j = (tick + offset) % len(wanted)
            if buffer and wanted[j]:
                received[j].append((tick, buffer.popleft()))
                wanted[j] -= 1
        for i, queue in enumerate(queues):
            if queue:
                if len(buffer) < capacity:
                    buffer.append(queue.popleft())
                else:
                    blocked[i].append(tick)
        tick += 1
    return {"received": received, "blocked": blocked, "ticks": tick, "left": list(buffer), "status": status}
