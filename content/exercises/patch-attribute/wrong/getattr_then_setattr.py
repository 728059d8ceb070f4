# Saves the original with getattr and always restores it with setattr. That looks symmetrical but
# is not: an attribute the instance only inherited is copied into the instance's __dict__ (which
# then no longer follows its class), a staticmethod comes back as a plain function (so calling it
# on an instance passes self), and a subclass keeps a copy of its base class's attribute.
import functools

_MISSING = object()


class patch_attribute:
    def __init__(self, target, name, value, *, create=False):
        self.target, self.name, self.value, self.create = target, name, value, create
        self._saved = []

    def __enter__(self):
        original = getattr(self.target, self.name, _MISSING)
        if original is _MISSING and not self.create:
            raise AttributeError(self.name)
        setattr(self.target, self.name, self.value)
        self._saved.append(original)
        return self.value

    def __exit__(self, *exc_info):
        original = self._saved.pop()
        if original is _MISSING:
            delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, original)
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper
