from typing import Any


def merge_configs(base: dict[str, Any], *overrides: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge the overrides, in order, into a copy of base (JSON Merge Patch rules).

    Dicts merge recursively, None removes a key, anything else replaces. The inputs are not changed
    and the result shares no dict or list with them.
    """
    pass
