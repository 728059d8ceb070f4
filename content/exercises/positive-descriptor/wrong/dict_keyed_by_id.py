# Keys the values by id(obj) to avoid keeping instances alive. But an id is only unique among
# objects that exist at the same time: when an instance is freed its id is reused, and a brand
# new instance "inherits" the old value. The dict also grows forever.
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
            return self.values[id(obj)]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, obj, value):
        if isinstance(value, bool) or not isinstance(value, self.types):
            raise TypeError("%s must be a number" % self.name)
        if not value > 0:
            raise ValueError("%s must be positive, got %r" % (self.name, value))
        self.values[id(obj)] = value

    def __delete__(self, obj):
        try:
            del self.values[id(obj)]
        except KeyError:
            raise AttributeError(self.name) from None
