from collections.abc import Hashable, Sequence
from typing import Any


def simulate(capacity: int, producers: Sequence[Sequence[Hashable]], demands: Sequence[int]) -> dict[str, Any]:
    """Simulate producers and consumers sharing a bounded FIFO buffer, one tick at a time.

    Each tick, every producer with items left puts its next item unless the buffer is full (then
    it is blocked for that tick); then every consumer that still wants items takes one if the
    buffer is not empty, starting with consumer tick % len(demands). Return a dict with
    "received", "blocked", "ticks", "left" and "status".
    """
    pass
