from typing import Any


class Positive:
    """A data descriptor for attributes that must hold a positive number of the given types."""

    def __init__(self, *types: type) -> None:
        """Accept values of `types` (default: int and float); bool is always rejected."""
        self.types = types or (int, float)
        self.name = "<unnamed>"  # replaced by __set_name__ when the owning class is created

    def __set_name__(self, owner: type, name: str) -> None:
        """Remember the name of the attribute this descriptor was assigned to."""
        self.name = name

    def __get__(self, obj: object | None, objtype: type | None = None) -> Any:
        """Return obj's value, or the descriptor itself when accessed through the class."""
        if obj is None:
            return self
        try:
            # The value lives in the instance's own __dict__ under the attribute's name. As a
            # data descriptor, Positive takes precedence over that entry on normal lookup.
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(
                "%r object has no attribute %r" % (type(obj).__name__, self.name)
            ) from None

    def __set__(self, obj: object, value: Any) -> None:
        """Validate value (TypeError, then ValueError) and store it for obj."""
        if isinstance(value, bool) or not isinstance(value, self.types):
            expected = " or ".join(t.__name__ for t in self.types)
            raise TypeError(
                "%s must be %s, got %s" % (self.name, expected, type(value).__name__)
            )
        if not value > 0:  # also false for NaN
            raise ValueError("%s must be positive, got %r" % (self.name, value))
        obj.__dict__[self.name] = value

    def __delete__(self, obj: object) -> None:
        """Remove obj's value; AttributeError if it has none."""
        try:
            del obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(
                "%r object has no attribute %r" % (type(obj).__name__, self.name)
            ) from None
