from collections.abc import Callable
from typing import Any


class patch_attribute:
    """Temporarily set target.name to value: as a context manager or as a decorator.

    On exit the target is put back exactly as it was: the original value is restored, or the
    attribute is deleted again if it was missing or only inherited. Restoring happens even when
    the block raises, and the exception is not suppressed.
    """

    def __init__(self, target: Any, name: str, value: Any, *, create: bool = False) -> None:
        pass

    def __enter__(self) -> Any:
        """Patch the attribute and return the new value."""
        pass

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool:
        """Put the target back as it was on entry; never suppress the exception."""
        pass

    def __call__(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """Return a wrapper that runs func with the attribute patched, on every call."""
        pass
