# Caches the value on the descriptor object. There is one descriptor per class, shared by every
# instance, so the first instance's value is returned for all the others.
class lazy_property:
    _unset = object()

    def __init__(self, func):
        self.func = func
        self.name = None
        self.__doc__ = func.__doc__
        self.value = self._unset

    def __set_name__(self, owner, name):
        if self.name is not None and self.name != name:
            raise TypeError("cannot reuse a lazy_property under two names")
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name is None:
            raise TypeError("__set_name__ was never called")
        if self.value is self._unset:
            self.value = self.func(instance)
        return self.value
