import functools
import unittest

from lazy_property import lazy_property


class LazyPropertyHiddenTest(unittest.TestCase):
    def test_del_before_the_first_read(self):
        class Box:
            @lazy_property
            def size(self):
                return 1

        with self.assertRaises(AttributeError):
            del Box().size

    def test_two_lazy_properties_in_one_class(self):
        class Shape:
            def __init__(self, w, h):
                self.w, self.h = w, h

            @lazy_property
            def area(self):
                return self.w * self.h

            @lazy_property
            def perimeter(self):
                return 2 * (self.w + self.h)

        shape = Shape(3, 4)
        self.assertEqual((shape.area, shape.perimeter), (12, 14))
        self.assertEqual(vars(shape), {"w": 3, "h": 4, "area": 12, "perimeter": 14})

    def test_inherited_by_subclasses(self):
        class Base:
            calls = 0

            @lazy_property
            def ident(self):
                Base.calls += 1
                return type(self).__name__

        class Child(Base):
            pass

        child = Child()
        self.assertEqual(child.ident, "Child")
        self.assertEqual(child.ident, "Child")
        self.assertEqual(Base().ident, "Base")
        self.assertEqual(Base.calls, 2)

    def test_a_none_result_is_cached_too(self):
        calls = []

        class Lookup:
            @lazy_property
            def missing(self):
                calls.append(1)
                return None

        lookup = Lookup()
        self.assertIsNone(lookup.missing)
        self.assertIsNone(lookup.missing)
        self.assertEqual(len(calls), 1)

    def test_attached_after_the_class_was_created(self):
        class Late:
            pass

        Late.extra = lazy_property(lambda self: 42)  # __set_name__ is not called
        with self.assertRaises(TypeError):
            Late().extra

    def test_set_name_can_be_called_by_hand(self):
        class Late:
            pass

        descriptor = lazy_property(lambda self: 42)
        Late.extra = descriptor
        descriptor.__set_name__(Late, "extra")
        late = Late()
        self.assertEqual(late.extra, 42)
        self.assertEqual(vars(late), {"extra": 42})

    def test_one_descriptor_under_two_names(self):
        shared = lazy_property(lambda self: 1)
        with self.assertRaises((TypeError, RuntimeError)) as caught:
            class Twice:  # noqa: F841
                a = shared
                b = shared
        error = caught.exception
        if isinstance(error, RuntimeError):  # Python 3.11 wraps errors from __set_name__
            self.assertIsInstance(error.__cause__, TypeError)

    def test_the_same_name_in_two_classes_is_fine(self):
        shared = lazy_property(lambda self: type(self).__name__)

        class One:
            value = shared

        class Two:
            value = shared

        self.assertEqual((One().value, Two().value), ("One", "Two"))

    def test_classes_with_slots(self):
        class Slotted:
            __slots__ = ("x",)

            @lazy_property
            def double(self):
                return 2

        with self.assertRaises(TypeError):
            Slotted().double

    def test_values_are_not_kept_on_the_descriptor(self):
        class Counter:
            def __init__(self, n):
                self.n = n

            @lazy_property
            def square(self):
                return self.n * self.n

        values = [Counter(n).square for n in range(5)]
        self.assertEqual(values, [0, 1, 4, 9, 16])

    def test_is_not_functools_cached_property(self):
        self.assertIsNot(lazy_property, functools.cached_property)
        self.assertFalse(issubclass(lazy_property, functools.cached_property))

    def test_a_million_reads_after_the_first(self):
        calls = []

        class Config:
            @lazy_property
            def settings(self):
                calls.append(1)
                return {"debug": False}

        config = Config()
        for _ in range(1_000_000):
            config.settings
        self.assertEqual(len(calls), 1)


if __name__ == "__main__":
    unittest.main()
