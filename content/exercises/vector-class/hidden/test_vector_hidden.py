import unittest

from vector import Vector


class VectorHiddenTest(unittest.TestCase):
    def test_repr_round_trips(self):
        for v in [Vector(0.1, -2, 1e300), Vector(7), Vector(*range(10))]:
            with self.subTest(v=v):
                self.assertEqual(eval(repr(v), {"Vector": Vector}), v)

    def test_in_place_operators_do_not_change_shared_vectors(self):
        a = Vector(1, 2)
        b = a
        a += Vector(10, 10)
        a *= 2
        self.assertEqual(a, Vector(22, 24))
        self.assertEqual(b, Vector(1, 2))

    def test_a_vector_in_a_set_stays_findable(self):
        v = Vector(1, 1)
        seen = {v}
        v += Vector(1, 1)  # rebinds v; the vector in the set is untouched
        self.assertIn(Vector(1, 1), seen)
        self.assertNotIn(v, seen)

    def test_operators_return_not_implemented_for_foreign_operands(self):
        v = Vector(1, 2)
        self.assertIs(v.__eq__((1, 2)), NotImplemented)
        self.assertIs(v.__add__((1, 2)), NotImplemented)
        self.assertIs(v.__mul__("2"), NotImplemented)

    def test_the_other_operand_gets_its_turn(self):
        class Offset:
            def __radd__(self, other):
                return "Offset.__radd__"

            def __eq__(self, other):
                return isinstance(other, Vector)

        self.assertEqual(Vector(1, 2) + Offset(), "Offset.__radd__")
        self.assertTrue(Vector(1, 2) == Offset())

    def test_components_are_a_copy(self):
        values = [1, 2, 3]
        v = Vector(*values)
        values[0] = 100
        self.assertEqual(list(v), [1, 2, 3])

    def test_one_dimension_and_negative_numbers(self):
        self.assertEqual(Vector(-5) + Vector(2), Vector(-3))
        self.assertEqual(abs(Vector(-5)), 5.0)
        self.assertEqual(-1 * Vector(-5), Vector(5))

    def test_a_thousand_dimensions(self):
        v = Vector(*range(1000))
        self.assertEqual(v @ Vector(*([1] * 1000)), 499_500)
        self.assertEqual(len(v + v), 1000)
        self.assertEqual(list(v * 3)[-1], 2997)

    def test_20_000_vectors_in_a_set_and_a_dict(self):
        # The components of every vector add up to 0 and their squares to 2·i²: a hash built on
        # either would put them all in one bucket.
        vectors = [Vector(i, -i) for i in range(20_000)]
        unique = set(vectors) | set(Vector(i, -i) for i in range(0, 20_000, 2))
        self.assertEqual(len(unique), 20_000)
        index = {v: i for i, v in enumerate(vectors)}
        self.assertEqual(index[Vector(12_345, -12_345)], 12_345)
        self.assertNotIn(Vector(-12_345, 12_345), index)


if __name__ == "__main__":
    unittest.main()
