import gc
import unittest
import weakref
from decimal import Decimal
from fractions import Fraction

from validated import Positive


class Box:
    width = Positive()
    height = Positive()
    depth = Positive()


class Point:
    """Defines __eq__ without __hash__, so its instances are unhashable."""

    x = Positive()

    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x


class PositiveHiddenTest(unittest.TestCase):
    def test_several_attributes_on_one_class_are_independent(self):
        box = Box()
        box.width, box.height, box.depth = 1, 2, 3
        self.assertEqual((box.width, box.height, box.depth), (1, 2, 3))
        box.height = 20
        self.assertEqual((box.width, box.height, box.depth), (1, 20, 3))

    def test_the_name_comes_from_the_class_body(self):
        class Parcel:
            weight_kg = Positive()

        with self.assertRaises(ValueError) as caught:
            Parcel().weight_kg = -2
        self.assertIn("weight_kg", str(caught.exception))
        with self.assertRaises(AttributeError) as caught:
            Parcel().weight_kg
        self.assertIn("weight_kg", str(caught.exception))

    def test_nan_is_not_positive_but_infinity_is(self):
        box = Box()
        with self.assertRaises(ValueError):
            box.width = float("nan")
        box.width = float("inf")
        self.assertEqual(box.width, float("inf"))

    def test_type_is_checked_before_sign(self):
        class Count:
            n = Positive(int)

        with self.assertRaises(TypeError):
            Count().n = -1.5

    def test_other_number_types(self):
        class Money:
            amount = Positive(Decimal, Fraction)

        m = Money()
        m.amount = Decimal("0.01")
        self.assertEqual(m.amount, Decimal("0.01"))
        m.amount = Fraction(1, 3)
        self.assertEqual(m.amount, Fraction(1, 3))
        with self.assertRaises(TypeError):
            m.amount = 5
        with self.assertRaises(ValueError):
            m.amount = Decimal("-1")

    def test_hasattr_and_getattr_default(self):
        box = Box()
        self.assertFalse(hasattr(box, "width"))
        self.assertEqual(getattr(box, "width", "unset"), "unset")
        box.width = 4
        self.assertTrue(hasattr(box, "width"))

    def test_deleting_a_missing_value_raises_attribute_error(self):
        box = Box()
        with self.assertRaises(AttributeError):
            del box.depth
        box.depth = 1
        del box.depth
        with self.assertRaises(AttributeError):
            del box.depth

    def test_unhashable_instances(self):
        a, b = Point(1), Point(2)
        self.assertEqual((a.x, b.x), (1, 2))
        a.x = 5
        self.assertEqual((a.x, b.x), (5, 2))

    def test_instances_are_not_kept_alive(self):
        box = Box()
        box.width = 3
        ref = weakref.ref(box)
        del box
        gc.collect()
        self.assertIsNone(ref(), "the descriptor still refers to a deleted instance")

    def test_a_new_instance_never_sees_an_old_value(self):
        # Objects are created and freed in a loop, so memory (and id()) gets reused.
        for i in range(2000):
            old = Box()
            old.width = i + 1
            del old
            new = Box()
            self.assertFalse(hasattr(new, "width"), "a fresh Box already has a width")

    def test_subclasses_inherit_the_validation(self):
        class Crate(Box):
            pass

        crate = Crate()
        crate.width = 7
        self.assertEqual(crate.width, 7)
        with self.assertRaises(ValueError):
            crate.height = 0

    def test_100_000_instances(self):
        boxes = [Box() for _ in range(100_000)]
        for i, box in enumerate(boxes):
            box.width = i + 1
        self.assertEqual(sum(box.width for box in boxes), 100_000 * 100_001 // 2)
        self.assertEqual(boxes[12_345].width, 12_346)
        for box in boxes[::2]:
            del box.width
        self.assertEqual(sum(hasattr(box, "width") for box in boxes), 50_000)


if __name__ == "__main__":
    unittest.main()
