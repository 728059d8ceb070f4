from typing import Any


def _clean_copy(value: Any) -> Any:
    """Copy a JSON value so that it shares no dict or list, dropping None values from its dicts.

    A list is a value, not a patch: it is copied as it is, None values and all.
    """
    if isinstance(value, dict):
        return {key: _clean_copy(item) for key, item in value.items() if item is not None}
    return _copy(value)


def _copy(value: Any) -> Any:
    """Copy a JSON value so that it shares no dict or list, keeping every None."""
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value  # str, int, float, bool, None: immutable


def _apply(target: dict[str, Any], patch: dict[str, Any]) -> None:
    """Merge patch into target in place; target is already a private copy."""
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            _apply(target[key], value)
        else:
            target[key] = _clean_copy(value)


def merge_configs(base: dict[str, Any], *overrides: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge the overrides, in order, into a copy of base (JSON Merge Patch rules).

    Dicts merge recursively, None removes a key, anything else replaces. The inputs are not changed
    and the result shares no dict or list with them.
    """
    for config in (base, *overrides):
        if not isinstance(config, dict):
            raise TypeError("configs must be dicts, not %s" % type(config).__name__)
    result = _copy(base)  # copied once; the overrides are then applied in place
    for override in overrides:
        _apply(result, override)
    return result
