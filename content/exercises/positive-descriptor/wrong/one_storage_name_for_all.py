# Stores every value under the same hidden instance attribute, "_value", instead of one derived
# from the attribute's name. With two Positive attributes on a class, setting one overwrites the
# other.
class Positive:
    def __init__(self, *types):
        self.types = types or (int, float)

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj._value

    def __set__(self, obj, value):
        if isinstance(value, bool) or not isinstance(value, self.types):
            raise TypeError("%s must be a number" % self.name)
        if not value > 0:
            raise ValueError("%s must be positive, got %r" % (self.name, value))
        obj._value = value

    def __delete__(self, obj):
        del obj._value
