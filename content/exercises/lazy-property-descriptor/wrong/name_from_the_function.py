# Takes the attribute name from the function's __name__ instead of __set_name__. That agrees for a
# plain `@lazy_property def total`, but not for a descriptor assigned under another name (a lambda
# is called "<lambda>"), so the value is cached under a name nobody reads. It also assumes every
# instance has a __dict__: a slotted class gets AttributeError, not TypeError.
class lazy_property:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value
