# Keeps the value in an attribute of the descriptor. But there is one descriptor per class, not
# per instance: every Product shares one price, and setting it on one changes it for all.
class Positive:
    def __init__(self, *types):
        self.types = types or (int, float)

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if not hasattr(self, "value"):
            raise AttributeError(self.name)
        return self.value

    def __set__(self, obj, value):
        if isinstance(value, bool) or not isinstance(value, self.types):
            raise TypeError("%s must be a number" % self.name)
        if not value > 0:
            raise ValueError("%s must be positive, got %r" % (self.name, value))
        self.value = value

    def __delete__(self, obj):
        if not hasattr(self, "value"):
            raise AttributeError(self.name)
        del self.value
