# Keeps the saved original in one attribute instead of a stack. Entering the same patcher again
# while it is active (a nested `with p:` or a recursive decorated function) overwrites the saved
# original with the patched value, so the outer exit "restores" the patch and it never goes away.
import functools

_DELETE = object()


class patch_attribute:
    def __init__(self, target, name, value, *, create=False):
        self.target, self.name, self.value, self.create = target, name, value, create
        self._saved = None

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
        self._saved = saved
        return self.value

    def __exit__(self, *exc_info):
        if self._saved is _DELETE:
            if hasattr(self.target, self.name):
                delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, self._saved)
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper
