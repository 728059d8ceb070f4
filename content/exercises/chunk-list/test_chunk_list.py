import unittest

from chunk_list import chunk


class ChunkTest(unittest.TestCase):
    def test_last_chunk_is_shorter(self):
        self.assertEqual(chunk([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5, 6], [7]])

    def test_chunks_fit_exactly(self):
        self.assertEqual(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]])

    def test_size_larger_than_the_list(self):
        self.assertEqual(chunk(["a", "b"], 5), [["a", "b"]])

    def test_empty_list(self):
        self.assertEqual(chunk([], 3), [])

    def test_size_one(self):
        self.assertEqual(chunk([1, 2, 3], 1), [[1], [2], [3]])

    def test_size_zero_is_rejected(self):
        with self.assertRaises(ValueError):
            chunk([1, 2], 0)

    def test_negative_size_is_rejected(self):
        with self.assertRaises(ValueError):
            chunk([1, 2], -1)

    def test_input_is_not_changed(self):
        items = [1, 2, 3, 4, 5]
        chunk(items, 2)
        self.assertEqual(items, [1, 2, 3, 4, 5])


if __name__ == "__main__":
    unittest.main()
