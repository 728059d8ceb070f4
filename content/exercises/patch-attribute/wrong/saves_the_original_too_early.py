# Reads the original value in __init__. A decorator is built when the function is defined, so the
# "original" is whatever the attribute held back then: if it changes afterwards, or did not exist
# yet, every call restores a stale value (or fails).
import functools

_DELETE = object()


class patch_attribute:
    def __init__(self, target, name, value, *, create=False):
        self.target, self.name, self.value = target, name, value
        own = getattr(target, "__dict__", None)
        if own is not None and name in own:
            self.original = own[name]
        elif hasattr(target, name):
            self.original = _DELETE if own is not None else getattr(target, name)
        elif create:
            self.original = _DELETE
        else:
            self.original = None  # hope it exists by the time we are entered

    def __enter__(self):
        setattr(self.target, self.name, self.value)
        return self.value

    def __exit__(self, *exc_info):
        if self.original is _DELETE:
            delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, self.original)
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper
