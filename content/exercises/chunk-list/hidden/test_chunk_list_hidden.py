import unittest

from chunk_list import chunk


class ChunkHiddenTest(unittest.TestCase):
    def test_chunks_are_separate_lists(self):
        chunks = chunk([1, 2, 3, 4, 5], 2)
        self.assertEqual(chunks, [[1, 2], [3, 4], [5]])
        self.assertEqual(len({id(c) for c in chunks}), 3)
        chunks[0].append(99)
        self.assertEqual(chunks, [[1, 2, 99], [3, 4], [5]])

    def test_changing_a_chunk_does_not_change_the_input(self):
        items = [1, 2, 3]
        chunk(items, 3)[0][0] = "changed"
        self.assertEqual(items, [1, 2, 3])

    def test_size_equal_to_the_length(self):
        self.assertEqual(chunk([1, 2, 3], 3), [[1, 2, 3]])

    def test_one_more_than_a_multiple(self):
        self.assertEqual(chunk(list(range(10)), 3), [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]])

    def test_empty_list_with_a_bad_size(self):
        with self.assertRaises(ValueError):
            chunk([], -5)

    def test_items_of_any_type(self):
        self.assertEqual(chunk([None, "x", (1,), [2]], 3), [[None, "x", (1,)], [[2]]])

    def test_200_000_items_one_per_chunk(self):
        n = 200_000
        chunks = chunk(list(range(n)), 1)
        self.assertEqual(len(chunks), n)
        self.assertTrue(all(c == [i] for i, c in enumerate(chunks)), "chunk i must be [i]")

    def test_200_000_items_by_seven(self):
        n = 200_000
        chunks = chunk(list(range(n)), 7)
        self.assertEqual(len(chunks), 28_572)  # 28,571 full chunks and one of 3
        self.assertEqual(chunks[0], [0, 1, 2, 3, 4, 5, 6])
        self.assertEqual(chunks[-1], [199_997, 199_998, 199_999])
        self.assertEqual(sum(len(c) for c in chunks), n)
        self.assertEqual(chunks[1000], list(range(7000, 7007)))


if __name__ == "__main__":
    unittest.main()
