from collections.abc import Generator
from typing import Any

Task = Generator[Any, Any, Any]


class Sleep:
    """Yielded by a task: do not run me during the next `ticks` ticks."""

    __slots__ = ("ticks",)

    def __init__(self, ticks: int) -> None:
        if ticks < 0:
            raise ValueError("cannot sleep for a negative number of ticks")
        self.ticks = ticks


class Spawn:
    """Yielded by a task: start `task` as a new task; the yield evaluates to its id."""

    __slots__ = ("task",)

    def __init__(self, task: Task) -> None:
        self.task = task


class Join:
    """Yielded by a task: wait until task `task_id` has finished; the yield evaluates to its result."""

    __slots__ = ("task_id",)

    def __init__(self, task_id: int) -> None:
        self.task_id = task_id


class Scheduler:
    """Runs generator-based tasks round-robin, one step per virtual tick."""

    def __init__(self) -> None:
        self.now = 0  # the number of the next tick
        self.trace: list[tuple[int, int]] = []  # (tick, task id) for every step run

    def spawn(self, task: Task) -> int:
        """Add a task (a generator); it becomes ready at once. Return its id: 1, 2, 3, ..."""
        pass

    def run(self) -> dict[int, Any]:
        """Run until no task can run any more; return {task id: return value} for every task."""
        pass
