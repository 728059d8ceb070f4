import functools
from collections.abc import Callable
from typing import Any

_DELETE = object()  # "the attribute was not in the target's own namespace: delete ours on exit"


class patch_attribute:
    """Temporarily set target.name to value: as a context manager or as a decorator.

    On exit the target is put back exactly as it was: the original value is restored, or the
    attribute is deleted again if it was missing or only inherited. Restoring happens even when
    the block raises, and the exception is not suppressed.
    """

    def __init__(self, target: Any, name: str, value: Any, *, create: bool = False) -> None:
        self.target = target
        self.name = name
        self.value = value
        self.create = create
        self._saved: list[Any] = []  # one entry per active use, so nesting and recursion work

    def __enter__(self) -> Any:
        target, name = self.target, self.name
        own = getattr(target, "__dict__", None)  # None for objects with __slots__ only
        if own is not None and name in own:
            saved = own[name]  # the raw value: a staticmethod stays a staticmethod
        elif hasattr(target, name):
            # Inherited from a class (restore by deleting our own attribute), or a slot.
            saved = _DELETE if own is not None else getattr(target, name)
        elif self.create:
            saved = _DELETE
        else:
            raise AttributeError("%r has no attribute %r (pass create=True to add it)" % (target, name))
        setattr(target, name, self.value)
        self._saved.append(saved)
        return self.value

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool:
        saved = self._saved.pop()
        if saved is _DELETE:
            try:
                delattr(self.target, self.name)
            except AttributeError:
                pass  # the block deleted it already
        else:
            setattr(self.target, self.name, saved)
        return False  # never swallow the exception

    def __call__(self, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with self:
                return func(*args, **kwargs)

        return wrapper
