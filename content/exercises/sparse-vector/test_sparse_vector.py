import unittest

from sparse_vector import SparseVector


class SparseVectorTest(unittest.TestCase):
    def setUp(self):
        self.v = SparseVector(6, {1: 2.0, 4: -1})
        self.w = SparseVector(6, [(4, 3), (5, 1)])

    def test_the_example_from_the_statement(self):
        v, w = self.v, self.w
        self.assertEqual(v + w, SparseVector(6, {1: 2.0, 4: 2, 5: 1}))
        self.assertEqual(2 * v, SparseVector(6, {1: 4.0, 4: -2}))
        self.assertEqual(v @ w, -3)
        self.assertEqual((v[-2], v[0]), (-1, 0))
        self.assertEqual((v.nnz, len(v), list(v)), (2, 6, [0, 2.0, 0, 0, -1, 0]))

    def test_indexing_and_assignment(self):
        v = SparseVector(5)
        v[3] = 7
        v[-1] = 2
        self.assertEqual(list(v), [0, 0, 0, 7, 2])
        self.assertEqual(v.items(), [(3, 7), (4, 2)])
        v[3] = 0
        self.assertEqual(v.nnz, 1)
        self.assertEqual(v.items(), [(4, 2)])

    def test_indexes_outside_the_vector(self):
        v = SparseVector(3)
        for index in [3, -4, 10**6]:
            with self.subTest(index=index):
                with self.assertRaises(IndexError):
                    v[index]
                with self.assertRaises(IndexError):
                    v[index] = 1

    def test_zeros_in_the_constructor_are_not_stored(self):
        v = SparseVector(4, {0: 0, 1: 0.0, 2: 5})
        self.assertEqual(v.nnz, 1)
        self.assertEqual(v, SparseVector(4, {2: 5}))

    def test_truthiness(self):
        self.assertFalse(SparseVector(3))
        self.assertFalse(SparseVector(0))
        self.assertTrue(SparseVector(3, {2: 0.5}))

    def test_subtraction_and_negation(self):
        self.assertEqual(self.v - self.w, SparseVector(6, {1: 2.0, 4: -4, 5: -1}))
        self.assertEqual(-self.v, SparseVector(6, {1: -2.0, 4: 1}))

    def test_entries_that_cancel_out_are_not_stored(self):
        total = self.v + (-self.v)
        self.assertEqual(total, SparseVector(6))
        self.assertEqual(total.nnz, 0)
        self.assertFalse(total)

    def test_operators_return_new_vectors(self):
        before = self.v.items()
        self.v + self.w
        self.v * 3
        -self.v
        self.assertEqual(self.v.items(), before)

    def test_equality(self):
        self.assertEqual(SparseVector(3, {0: 1}), SparseVector(3, {0: 1.0}))
        self.assertNotEqual(SparseVector(3, {0: 1}), SparseVector(4, {0: 1}))
        self.assertFalse(SparseVector(3) == [0, 0, 0])
        self.assertTrue(SparseVector(3) != [0, 0, 0])
        self.assertFalse(SparseVector(3) == {})

    def test_repr(self):
        self.assertEqual(repr(SparseVector(6, {4: -1, 1: 2.0})), "SparseVector(6, {1: 2.0, 4: -1})")
        self.assertEqual(repr(SparseVector(2)), "SparseVector(2, {})")

    def test_slots(self):
        self.assertFalse(hasattr(self.v, "__dict__"))
        with self.assertRaises(AttributeError):
            self.v.colour = "red"


if __name__ == "__main__":
    unittest.main()
