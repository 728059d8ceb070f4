# Restores correctly, but __exit__ returns True ("cleanup done, all good"). A true return value
# from __exit__ tells Python to suppress the exception, so errors raised inside the block vanish
# and a failing test body passes.
import functools

_DELETE = object()


class patch_attribute:
    def __init__(self, target, name, value, *, create=False):
        self.target, self.name, self.value, self.create = target, name, value, create
        self._saved = []

    def __enter__(self):
        own = getattr(self.target, "__dict__", None)
        if own is not None and self.name in own:
            saved = own[self.name]
        elif hasattr(self.target, self.name):
            saved = _DELETE if own is not None else getattr(self.target, self.name)
        elif self.create:
            saved = _DELETE
        else:
            raise AttributeError(self.name)
        setattr(self.target, self.name, self.value)
        self._saved.append(saved)
        return self.value

    def __exit__(self, *exc_info):
        saved = self._saved.pop()
        if saved is _DELETE:
            delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, saved)
        return True

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper
