from collections import deque
from collections.abc import Hashable, Sequence
from typing import Any


def simulate(capacity: int, producers: Sequence[Sequence[Hashable]], demands: Sequence[int]) -> dict[str, Any]:
    """Simulate producers and consumers sharing a bounded FIFO buffer, one tick at a time.

    Each tick, every producer with items left puts its next item unless the buffer is full (then
    it is blocked for that tick); then every consumer that still wants items takes one if the
    buffer is not empty, starting with consumer tick % len(demands). Return a dict with
    "received", "blocked", "ticks", "left" and "status".
    """
    if capacity < 1:
        raise ValueError("capacity must be at least 1, got %r" % (capacity,))
    if any(demand < 0 for demand in demands):
        raise ValueError("demands cannot be negative")
    queues = [deque(items) for items in producers]  # what each producer still has to put
    wanted = list(demands)  # how many items each consumer still wants
    buffer: deque[Hashable] = deque()
    received: list[list[tuple[int, Hashable]]] = [[] for _ in demands]
    blocked: list[list[int]] = [[] for _ in producers]
    producing = sum(1 for queue in queues if queue)  # producers with items left
    consuming = sum(1 for want in wanted if want)  # consumers that want more
    consumers = len(wanted)

    tick = 0
    while True:
        if producing == 0 and consuming == 0:
            status = "done"
            break
        if producing == 0 and not buffer:
            status = "consumers-stuck"
            break
        if consuming == 0 and len(buffer) == capacity:
            status = "producers-stuck"
            break

        for index, queue in enumerate(queues):
            if not queue:
                continue
            if len(buffer) < capacity:
                buffer.append(queue.popleft())
                if not queue:
                    producing -= 1
            else:
                blocked[index].append(tick)

        for offset in range(consumers):
            if not buffer:
                break
            index = (tick + offset) % consumers
            if wanted[index]:
                received[index].append((tick, buffer.popleft()))
                wanted[index] -= 1
                if not wanted[index]:
                    consuming -= 1
        tick += 1

    return {"received": received, "blocked": blocked, "ticks": tick, "left": list(buffer), "status": status}
