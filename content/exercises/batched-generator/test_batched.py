import unittest
from itertools import count

from batched import batched


class BatchedTest(unittest.TestCase):
    def test_last_batch_is_shorter(self):
        self.assertEqual(list(batched("ABCDEFG", 3)), [("A", "B", "C"), ("D", "E", "F"), ("G",)])

    def test_exact_multiple(self):
        self.assertEqual(list(batched([1, 2, 3, 4], 2)), [(1, 2), (3, 4)])

    def test_empty_input(self):
        self.assertEqual(list(batched([], 5)), [])

    def test_batch_larger_than_the_input(self):
        self.assertEqual(list(batched(range(3), 10)), [(0, 1, 2)])

    def test_batches_of_one(self):
        self.assertEqual(list(batched([7, 7, 8], 1)), [(7,), (7,), (8,)])

    def test_batches_are_tuples(self):
        for batch in batched([[1], [2], [3]], 2):
            self.assertIsInstance(batch, tuple)

    def test_works_on_a_generator(self):
        squares = (x * x for x in range(5))
        self.assertEqual(list(batched(squares, 2)), [(0, 1), (4, 9), (16,)])

    def test_infinite_input(self):
        batches = batched(count(), 2)
        self.assertEqual(next(batches), (0, 1))
        self.assertEqual(next(batches), (2, 3))

    def test_n_below_one_raises_at_once(self):
        for n in [0, -1]:
            with self.subTest(n=n):
                with self.assertRaises(ValueError):
                    batched([1, 2], n)  # no list(), no next(): the call itself must raise


if __name__ == "__main__":
    unittest.main()
