# The bugs left in place: the validator defined in the loop and the lambdas in the dict
# comprehension look up field, kind, low, high and factor when they are called, after the loop
# has ended, so every one of them uses the values of the last field or unit.
from collections.abc import Callable, Mapping
from typing import Any

Validator = Callable[[Any], "str | None"]


def build_validators(schema: Mapping[str, tuple[type, float, float]]) -> dict[str, Validator]:
    """Return a validator per field of schema, which maps field -> (type, low, high).

    A validator takes a value and returns None if it is valid, else an error message.
    """
    validators = {}
    for field, (kind, low, high) in schema.items():

        def validator(value):
            if isinstance(value, bool) or not isinstance(value, kind):
                return f"{field} must be {kind.__name__}, got {type(value).__name__}"
            if not low <= value <= high:
                return f"{field} must be between {low} and {high}, got {value}"
            return None

        validators[field] = validator
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


def unit_converters(factors: Mapping[str, float]) -> dict[str, Callable[[float], float]]:
    """Return, per unit, a function that converts a value in that unit to the base unit."""
    return {unit: (lambda value: value * factor) for unit, factor in factors.items()}
