# Keeps a dict on the descriptor mapping each instance to its value. Per-instance values, but the
# dict holds a strong reference to every instance that ever got a value, so none is ever freed
# (a memory leak), and an instance of an unhashable class cannot be a dict key at all.
class Positive:
    def __init__(self, *types):
        self.types = types or (int, float)
        self.values = {}

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return self.values[obj]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, obj, value):
        if isinstance(value, bool) or not isinstance(value, self.types):
            raise TypeError("%s must be a number" % self.name)
        if not value > 0:
            raise ValueError("%s must be positive, got %r" % (self.name, value))
        self.values[obj] = value

    def __delete__(self, obj):
        try:
            del self.values[obj]
        except KeyError:
            raise AttributeError(self.name) from None
