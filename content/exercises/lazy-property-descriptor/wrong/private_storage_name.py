# Caches under a private name ("_total" for "total"), as one would for a property. The instance
# attribute then never shadows the descriptor: every read still runs __get__ (a Python-level call
# instead of a dict lookup), vars(obj) shows the wrong name, and an edit to obj.__dict__["total"]
# is ignored.
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
        key = "_" + self.name
        if key not in storage:
            storage[key] = self.func(instance)
        return storage[key]
