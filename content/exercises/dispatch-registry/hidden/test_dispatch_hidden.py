import collections.abc
import typing
import unittest

from dispatch import dispatch


class Point:
    pass


def annotated_with_a_string(value: "Point"):
    return "point"


def annotated_with_optional(value: typing.Optional[int]):
    return "int or None"


def annotated_with_union(value: typing.Union[str, bytes]):
    return "text"


def fresh():
    @dispatch
    def kind(value):
        return "object"

    return kind


class DispatchHiddenTest(unittest.TestCase):
    def test_multiple_inheritance_follows_the_mro(self):
        class A:
            pass

        class B:
            pass

        class C(A, B):
            pass

        class D(B, A):
            pass

        kind = fresh()
        kind.register(A, lambda value: "A")
        kind.register(B, lambda value: "B")
        self.assertEqual(kind(C()), "A")
        self.assertEqual(kind(D()), "B")

    def test_diamond(self):
        class Base:
            pass

        class Left(Base):
            pass

        class Right(Base):
            pass

        class Bottom(Left, Right):
            pass

        kind = fresh()
        kind.register(Base, lambda value: "base")
        kind.register(Right, lambda value: "right")
        # Bottom's MRO is Bottom, Left, Right, Base, object: Right comes before Base.
        self.assertEqual(kind(Bottom()), "right")
        self.assertEqual(kind(Left()), "base")

    def test_string_annotations_are_resolved(self):
        kind = fresh()
        kind.register(annotated_with_a_string)
        self.assertEqual(kind(Point()), "point")

    def test_optional_registers_none_too(self):
        kind = fresh()
        kind.register(annotated_with_optional)
        self.assertEqual(kind(3), "int or None")
        self.assertEqual(kind(None), "int or None")
        self.assertEqual(kind(3.5), "object")

    def test_typing_union(self):
        kind = fresh()
        kind.register(annotated_with_union)
        self.assertEqual(kind("s"), "text")
        self.assertEqual(kind(b"b"), "text")

    def test_a_union_passed_explicitly(self):
        kind = fresh()
        kind.register(int | float, lambda value: "number")
        self.assertEqual(kind(1.5), "number")
        self.assertEqual(kind(2), "number")

    def test_stacked_registrations(self):
        kind = fresh()

        @kind.register(set)
        @kind.register(frozenset)
        def _(value):
            return "set-like"

        self.assertEqual(kind({1}), "set-like")
        self.assertEqual(kind(frozenset()), "set-like")

    def test_only_the_first_parameter_counts(self):
        kind = fresh()

        @kind.register
        def _(value: int, other: str = ""):
            return "int with " + other

        self.assertEqual(kind(1, "x"), "int with x")
        self.assertEqual(kind("a"), "object")  # str, the second parameter's class, is not registered

    def test_a_missing_annotation_is_an_error(self):
        kind = fresh()
        with self.assertRaises(TypeError):
            kind.register(lambda value: value)

        def only_the_second(value, other: int):
            return value

        with self.assertRaises(TypeError):
            kind.register(only_the_second)

    def test_an_annotation_that_is_not_a_class_is_an_error(self):
        kind = fresh()

        def generic_alias(value: list[int]):
            return value

        with self.assertRaises(TypeError):
            kind.register(generic_alias)

    def test_registering_again_replaces(self):
        kind = fresh()
        kind.register(int, lambda value: "first")
        self.assertEqual(kind(1), "first")
        kind.register(int, lambda value: "second")
        self.assertEqual(kind(1), "second")

    def test_overriding_the_default(self):
        kind = fresh()
        self.assertEqual(kind(1), "object")
        kind.register(object, lambda value: "new default")
        self.assertEqual(kind(1), "new default")

    def test_abstract_base_classes_are_not_consulted(self):
        kind = fresh()
        kind.register(collections.abc.Sequence, lambda value: "sequence")
        self.assertEqual(kind([1]), "object")

        class MySequence(collections.abc.Sequence):
            def __getitem__(self, index):
                raise IndexError(index)

            def __len__(self):
                return 0

        self.assertEqual(kind(MySequence()), "sequence")

    def test_no_positional_argument(self):
        kind = fresh()
        with self.assertRaises(TypeError):
            kind()
        with self.assertRaises(TypeError):
            kind(value=1)

    def test_the_registry_is_read_only(self):
        kind = fresh()
        with self.assertRaises(TypeError):
            kind.registry[int] = len

    def test_100_000_calls_through_a_deep_hierarchy(self):
        classes = [object]
        for depth in range(300):
            classes.append(type("Level%d" % depth, (classes[-1],), {}))
        kind = fresh()
        kind.register(classes[5], lambda value: 5)
        kind.register(classes[200], lambda value: 200)
        deep, middle = classes[-1](), classes[150]()
        total = 0
        for _ in range(50_000):
            total += kind(deep) + kind(middle)
        self.assertEqual(total, 50_000 * 205)
        kind.register(classes[250], lambda value: 250)
        self.assertEqual(kind(deep), 250)


if __name__ == "__main__":
    unittest.main()
