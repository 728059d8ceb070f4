import unittest

from binary_search import find
from test_binary_search import CountingList, max_reads


class FindHiddenTest(unittest.TestCase):
    def test_every_present_and_absent_value_in_small_lists(self):
        # Lists of 0 to 20 even numbers: every even number is found at its place, every odd
        # number and the numbers just outside are not.
        for n in range(21):
            for target in range(-2, 2 * n + 2):
                with self.subTest(n=n, target=target):
                    items = CountingList(range(0, 2 * n, 2))
                    expected = target // 2 if target % 2 == 0 and 0 <= target < 2 * n else -1
                    self.assertEqual(find(items, target), expected)

    def test_negative_numbers(self):
        items = [-40, -30, -20, -10, 0, 10]
        self.assertEqual(find(items, -40), 0)
        self.assertEqual(find(items, -10), 3)
        self.assertEqual(find(items, -15), -1)

    def test_all_elements_equal(self):
        items = [7] * 9
        self.assertIn(find(items, 7), range(9))
        self.assertEqual(find(items, 6), -1)
        self.assertEqual(find(items, 8), -1)

    def test_does_not_change_the_list(self):
        items = [1, 4, 9, 16, 25]
        find(items, 9)
        find(items, 10)
        self.assertEqual(items, [1, 4, 9, 16, 25])

    def test_a_million_elements_with_few_reads(self):
        n = 1_000_000
        items = CountingList(range(0, 2 * n, 2))
        for target in [0, 2, 1_000_000, 2 * n - 4, 2 * n - 2, -1, 1, 999_999, 2 * n - 1, 2 * n]:
            with self.subTest(target=target):
                items.reads = 0
                index = find(items, target)
                self.assertLessEqual(
                    items.reads, max_reads(n), "binary search reads O(log n) elements"
                )
                expected = target // 2 if target % 2 == 0 and 0 <= target < 2 * n else -1
                self.assertEqual(index, expected)

    def test_a_long_run_of_duplicates(self):
        items = CountingList([0] * 300_000 + [1] * 400_000 + [2] * 300_000)
        index = find(items, 1)
        self.assertLessEqual(items.reads, max_reads(len(items)))
        self.assertTrue(300_000 <= index < 700_000, "index %r does not hold a 1" % (index,))
        self.assertEqual(find(CountingList([0] * 500_000 + [2] * 500_000), 1), -1)

    def test_large_values(self):
        items = [-(10**18), -5, 0, 10**18, 10**30]
        self.assertEqual(find(items, 10**30), 4)
        self.assertEqual(find(items, 10**18 + 1), -1)


if __name__ == "__main__":
    unittest.main()
