from collections.abc import Callable, Mapping
from typing import Any

Validator = Callable[[Any], "str | None"]


def _make_validator(field: str, kind: type, low: float, high: float) -> Validator:
    # Each call of this function has its own field, kind, low and high, so the closure it
    # returns keeps the values of this call, not whatever the loop variables hold later.
    def validator(value):
        if isinstance(value, bool) or not isinstance(value, kind):
            return f"{field} must be {kind.__name__}, got {type(value).__name__}"
        if not low <= value <= high:
            return f"{field} must be between {low} and {high}, got {value}"
        return None

    return validator


def build_validators(schema: Mapping[str, tuple[type, float, float]]) -> dict[str, Validator]:
    """Return a validator per field of schema, which maps field -> (type, low, high).

    A validator takes a value and returns None if it is valid, else an error message.
    """
    validators = {}
    for field, (kind, low, high) in schema.items():
        validators[field] = _make_validator(field, kind, low, high)
    return validators


def validate(record: Mapping[str, Any], validators: Mapping[str, Validator]) -> list[str]:
    """Return the error messages for record, in the validators' order; a missing field is an error."""
    errors = []
    for field, validator in validators.items():
        if field not in record:
            errors.append(f"{field} is missing")
            continue
        message = validator(record[field])
        if message is not None:
            errors.append(message)
    return errors


def _scaler(factor: float) -> Callable[[float], float]:
    return lambda value: value * factor  # `factor` is this call's parameter


def unit_converters(factors: Mapping[str, float]) -> dict[str, Callable[[float], float]]:
    """Return, per unit, a function that converts a value in that unit to the base unit."""
    return {unit: _scaler(factor) for unit, factor in factors.items()}
