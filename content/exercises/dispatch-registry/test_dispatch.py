import unittest

from dispatch import dispatch


class Shape:
    pass


class Circle(Shape):
    pass


class Ring(Circle):
    pass


def make_describe():
    @dispatch
    def describe(value):
        """Say what value is."""
        return "something"

    @describe.register(int)
    def _(value):
        return "an int"

    @describe.register
    def _(value: list | tuple):
        return "a sequence of %d" % len(value)

    return describe


class DispatchTest(unittest.TestCase):
    def test_the_example_from_the_statement(self):
        describe = make_describe()
        self.assertEqual(describe(7), "an int")
        self.assertEqual(describe(True), "an int")
        self.assertEqual(describe((1, 2)), "a sequence of 2")
        self.assertEqual(describe([]), "a sequence of 0")
        self.assertEqual(describe("text"), "something")
        self.assertEqual(describe(None), "something")

    def test_all_arguments_are_passed_on(self):
        @dispatch
        def scale(value, factor=1, *, offset=0):
            return ("default", value, factor, offset)

        @scale.register(float)
        def _(value, factor=1, *, offset=0):
            return value * factor + offset

        self.assertEqual(scale(2.0, 3, offset=1), 7.0)
        self.assertEqual(scale("x", 3, offset=1), ("default", "x", 3, 1))

    def test_the_nearest_base_class_wins(self):
        @dispatch
        def name(shape):
            return "object"

        name.register(Shape, lambda shape: "shape")
        name.register(Circle, lambda shape: "circle")
        self.assertEqual(name(Shape()), "shape")
        self.assertEqual(name(Circle()), "circle")
        self.assertEqual(name(Ring()), "circle")
        self.assertEqual(name(3), "object")

    def test_a_subclass_registered_after_its_base_is_preferred(self):
        @dispatch
        def kind(value):
            return "object"

        kind.register(int, lambda value: "int")
        kind.register(bool, lambda value: "bool")
        self.assertEqual(kind(True), "bool")
        self.assertEqual(kind(1), "int")

    def test_register_returns_the_function_unchanged(self):
        @dispatch
        def size(value):
            return 0

        def by_length(value):
            return len(value)

        self.assertIs(size.register(str, by_length), by_length)
        self.assertIs(size.register(bytes)(by_length), by_length)
        self.assertEqual(size("abc"), 3)
        self.assertEqual(size(b"ab"), 2)

    def test_registration_after_a_call_takes_effect(self):
        @dispatch
        def kind(value):
            return "object"

        self.assertEqual(kind(Ring()), "object")
        kind.register(Circle, lambda value: "circle")
        self.assertEqual(kind(Ring()), "circle")

    def test_dispatch_and_registry(self):
        describe = make_describe()
        self.assertEqual(describe.dispatch(bool)(1), "an int")
        self.assertIs(describe.registry[object], describe.dispatch(str))
        self.assertEqual(set(describe.registry), {object, int, list, tuple})

    def test_keeps_the_name_and_docstring(self):
        describe = make_describe()
        self.assertEqual(describe.__name__, "describe")
        self.assertEqual(describe.__doc__, "Say what value is.")


if __name__ == "__main__":
    unittest.main()
