# Adds a __set__ so that assignment "goes through the descriptor". That makes it a data
# descriptor, which takes priority over the instance __dict__: every read calls __get__ again, and
# with no __delete__, `del obj.attr` raises AttributeError instead of resetting the cache.
class lazy_property:
    def __init__(self, func):
        self.func = func
        self.name = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.name is not None and self.name != name:
            raise TypeError("cannot reuse a lazy_property under two names")
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name is None:
            raise TypeError("__set_name__ was never called")
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError("no __dict__ to cache in") from None
        if self.name not in storage:
            storage[self.name] = self.func(instance)
        return storage[self.name]

    def __set__(self, instance, value):
        instance.__dict__[self.name] = value
