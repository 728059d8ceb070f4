import unittest

from vector import Vector


class VectorTest(unittest.TestCase):
    def test_repr(self):
        self.assertEqual(repr(Vector(1, 2.5)), "Vector(1, 2.5)")
        self.assertEqual(repr(Vector(-3)), "Vector(-3)")

    def test_len_and_iteration(self):
        v = Vector(3, 4, 5)
        self.assertEqual(len(v), 3)
        self.assertEqual(list(v), [3, 4, 5])

    def test_equality(self):
        self.assertEqual(Vector(1, 2), Vector(1, 2))
        self.assertEqual(Vector(1, 2), Vector(1.0, 2.0))
        self.assertNotEqual(Vector(1, 2), Vector(2, 1))
        self.assertNotEqual(Vector(1, 2), Vector(1, 2, 0))

    def test_never_equal_to_other_types(self):
        self.assertFalse(Vector(1, 2) == (1, 2))
        self.assertTrue(Vector(1, 2) != [1, 2])
        self.assertFalse(Vector(0) == None)  # noqa: E711

    def test_usable_in_sets_and_as_dict_keys(self):
        self.assertEqual(len({Vector(1, 2), Vector(1, 2), Vector(1.0, 2.0)}), 1)
        distances = {Vector(0, 1): "north"}
        self.assertEqual(distances[Vector(0, 1)], "north")
        self.assertEqual(hash(Vector(1, 2)), hash(Vector(1.0, 2.0)))

    def test_addition_and_subtraction(self):
        self.assertEqual(Vector(3, 4) + Vector(1, -1), Vector(4, 3))
        self.assertEqual(Vector(3, 4) - Vector(1, -1), Vector(2, 5))

    def test_scalar_multiplication_on_both_sides(self):
        self.assertEqual(Vector(3, 4) * 2, Vector(6, 8))
        self.assertEqual(2 * Vector(3, 4), Vector(6, 8))
        self.assertEqual(Vector(1, 2) * 0.5, Vector(0.5, 1.0))

    def test_dot_product(self):
        self.assertEqual(Vector(3, 4) @ Vector(1, -1), -1)
        self.assertEqual(Vector(1, 2, 3) @ Vector(4, 5, 6), 32)

    def test_different_dimensions_raise_value_error(self):
        with self.assertRaises(ValueError):
            Vector(1, 2) + Vector(1, 2, 3)
        with self.assertRaises(ValueError):
            Vector(1, 2) - Vector(1)
        with self.assertRaises(ValueError):
            Vector(1, 2) @ Vector(1)

    def test_unsupported_operands_raise_type_error(self):
        with self.assertRaises(TypeError):
            Vector(1, 2) + (1, 1)
        with self.assertRaises(TypeError):
            Vector(1, 2) * Vector(1, 2)
        with self.assertRaises(TypeError):
            "x" * Vector(1, 2)

    def test_negation_length_and_truth(self):
        self.assertEqual(-Vector(1, -2), Vector(-1, 2))
        self.assertEqual(abs(Vector(3, 4)), 5.0)
        self.assertTrue(Vector(0, 1))
        self.assertFalse(Vector(0, 0.0))

    def test_needs_a_component(self):
        with self.assertRaises(ValueError):
            Vector()


if __name__ == "__main__":
    unittest.main()
