# Orders the sleeping tasks by (wake-up tick, task id). Tasks that wake up at the same tick are
# then released by id, not in the order they fell asleep, so a task with a small id that went to
# sleep later overtakes one that has been waiting longer.
import heapq
from collections import deque
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
        self._tasks: dict[int, Task] = {}
        self._ready: deque[tuple[int, Any]] = deque()  # (task id, value to send)
        self._sleeping: list[tuple[int, int, int]] = []  # heap of (wake tick, sequence, task id)
        self._sequence = 0
        self._results: dict[int, Any] = {}
        self._waiters: dict[int, list[int]] = {}  # task id -> ids of the tasks joining it

    def spawn(self, task: Task) -> int:
        """Add a task (a generator); it becomes ready at once. Return its id: 1, 2, 3, ..."""
        task_id = len(self._tasks) + 1
        self._tasks[task_id] = task
        self._ready.append((task_id, None))
        return task_id

    def run(self) -> dict[int, Any]:
        """Run until no task can run any more; return {task id: return value} for every task."""
        ready, sleeping = self._ready, self._sleeping
        while True:
            while sleeping and sleeping[0][0] <= self.now:
                _, _, task_id = heapq.heappop(sleeping)
                ready.append((task_id, None))
            if not ready:
                if not sleeping:
                    break
                self.now = sleeping[0][0]  # nothing to do until then: skip the idle ticks
                continue
            task_id, value = ready.popleft()
            tick = self.now
            self.trace.append((tick, task_id))
            self.now += 1
            try:
                command = self._tasks[task_id].send(value)
            except StopIteration as stop:
                self._finish(task_id, stop.value)
                continue
            self._handle(task_id, command, tick)
        if len(self._results) < len(self._tasks):
            stuck = sorted(set(self._tasks) - set(self._results))
            raise RuntimeError("deadlock: tasks %s wait for each other forever" % stuck)
        return dict(sorted(self._results.items()))

    def _handle(self, task_id: int, command: Any, tick: int) -> None:
        if command is None or (isinstance(command, Sleep) and command.ticks == 0):
            self._ready.append((task_id, None))
        elif isinstance(command, Sleep):
            self._sequence += 1
            heapq.heappush(self._sleeping, (tick + 1 + command.ticks, task_id, task_id))
        elif isinstance(command, Spawn):
            child = self.spawn(command.task)  # the child is ready before its parent
            self._ready.append((task_id, child))
        elif isinstance(command, Join):
            target = command.task_id
            if target not in self._tasks or target == task_id:
                raise ValueError("task %d cannot join task %r" % (task_id, target))
            if target in self._results:
                self._ready.append((task_id, self._results[target]))
            else:
                self._waiters.setdefault(target, []).append(task_id)
        else:
            raise TypeError("task %d yielded %r, which is not a command" % (task_id, command))

    def _finish(self, task_id: int, result: Any) -> None:
        self._results[task_id] = result
        for waiter in self._waiters.pop(task_id, ()):
            self._ready.append((waiter, result))
