# Treats `await sleep(0)` as a no-op and returns at once, without going through the loop. A
# coroutine that loops with sleep(0) to be polite then never lets anyone else run.
import heapq
import inspect
from collections import deque
from collections.abc import Coroutine, Generator
from typing import Any


class _Sleep:
    """Awaitable returned by sleep(): yields itself to the loop, which resumes it later."""

    __slots__ = ("delay", "result")

    def __init__(self, delay: float, result: Any) -> None:
        self.delay = delay
        self.result = result

    def __await__(self) -> Generator[Any, Any, Any]:
        if self.delay > 0:
            yield self
        return self.result


class _Gather:
    """Awaitable returned by gather(): asks the loop to run the coroutines as child tasks."""

    __slots__ = ("coros",)

    def __init__(self, coros: tuple[Coroutine[Any, Any, Any], ...]) -> None:
        self.coros = coros

    def __await__(self) -> Generator[Any, Any, list[Any]]:
        if not self.coros:
            return []
        results = yield self  # the loop sends the list of results, or throws the first error
        return results


class _Group:
    """The children of one gather() and the task waiting for them."""

    __slots__ = ("parent", "results", "remaining", "error")

    def __init__(self, parent: "_Task", size: int) -> None:
        self.parent = parent
        self.results: list[Any] = [None] * size
        self.remaining = size
        self.error: BaseException | None = None


class _Task:
    __slots__ = ("coro", "group", "index")

    def __init__(self, coro: Coroutine[Any, Any, Any], group: _Group | None, index: int) -> None:
        self.coro = coro
        self.group = group  # None for the main coroutine
        self.index = index


class _Loop:
    def __init__(self) -> None:
        self.time = 0.0
        self.ready: deque[tuple[_Task, Any, BaseException | None]] = deque()
        self.timers: list[tuple[float, int, _Task]] = []  # heap of (when, sequence, task)
        self.sequence = 0
        self.outcome: tuple[Any, BaseException | None] | None = None  # the main coroutine's

    def run(self, main: Coroutine[Any, Any, Any]) -> Any:
        self.ready.append((_Task(main, None, 0), None, None))
        while self.outcome is None:
            if not self.ready:
                if not self.timers:
                    raise RuntimeError("no task can make progress")
                self.time = self.timers[0][0]  # virtual time: jump to the next timer
                while self.timers and self.timers[0][0] <= self.time:
                    _, _, task = heapq.heappop(self.timers)
                    self.ready.append((task, None, None))
            task, value, error = self.ready.popleft()
            self._step(task, value, error)
        result, error = self.outcome
        if error is not None:
            raise error
        return result

    def _step(self, task: _Task, value: Any, error: BaseException | None) -> None:
        try:
            request = task.coro.throw(error) if error is not None else task.coro.send(value)
        except StopIteration as stop:
            self._finish(task, stop.value, None)
        except Exception as exc:
            self._finish(task, None, exc)
        else:
            self._handle(task, request)

    def _handle(self, task: _Task, request: Any) -> None:
        if isinstance(request, _Sleep):
            if request.delay > 0:
                self.sequence += 1
                heapq.heappush(self.timers, (self.time + request.delay, self.sequence, task))
            else:
                self.ready.append((task, None, None))  # sleep(0) just lets the others run
        elif isinstance(request, _Gather):
            group = _Group(task, len(request.coros))
            for index, coro in enumerate(request.coros):
                self.ready.append((_Task(coro, group, index), None, None))
        else:
            raise TypeError("a coroutine awaited %r, which this loop does not understand" % (request,))

    def _finish(self, task: _Task, result: Any, error: BaseException | None) -> None:
        group = task.group
        if group is None:
            self.outcome = (result, error)
            return
        group.results[task.index] = result
        if error is not None and group.error is None:
            group.error = error  # the first failure, in the order they happened
        group.remaining -= 1
        if group.remaining == 0:
            if group.error is not None:
                self.ready.append((group.parent, None, group.error))
            else:
                self.ready.append((group.parent, group.results, None))


_running: _Loop | None = None


def sleep(delay: float, result: Any = None) -> _Sleep:
    return _Sleep(delay, result)


def gather(*coros: Coroutine[Any, Any, Any]) -> _Gather:
    for coro in coros:
        if not inspect.iscoroutine(coro):
            raise TypeError("gather() expects coroutine objects, got %r" % (coro,))
    return _Gather(coros)


def now() -> float:
    """The virtual time of the running loop; RuntimeError when no loop is running."""
    if _running is None:
        raise RuntimeError("no tiny loop is running")
    return _running.time


def run(main: Coroutine[Any, Any, Any]) -> Any:
    global _running
    if not inspect.iscoroutine(main):
        raise TypeError("run() expects a coroutine object, got %r" % (main,))
    if _running is not None:
        raise RuntimeError("run() cannot be called while a loop is running")
    _running = _Loop()
    try:
        return _running.run(main)
    finally:
        _running = None
