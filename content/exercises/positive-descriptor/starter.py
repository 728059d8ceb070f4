from typing import Any


class Positive:
    """A data descriptor for attributes that must hold a positive number of the given types."""

    def __init__(self, *types: type) -> None:
        """Accept values of `types` (default: int and float); bool is always rejected."""
        pass

    def __set_name__(self, owner: type, name: str) -> None:
        """Remember the name of the attribute this descriptor was assigned to."""
        pass

    def __get__(self, obj: object | None, objtype: type | None = None) -> Any:
        """Return obj's value, or the descriptor itself when accessed through the class."""
        pass

    def __set__(self, obj: object, value: Any) -> None:
        """Validate value (TypeError, then ValueError) and store it for obj."""
        pass

    def __delete__(self, obj: object) -> None:
        """Remove obj's value; AttributeError if it has none."""
        pass
