import hashlib
import unittest

from bloom_filter import BloomFilter


def expected_positions(item, size, hash_count):
    digest = hashlib.sha256(item.encode("utf-8")).digest()
    h1 = int.from_bytes(digest[:8], "big")
    h2 = int.from_bytes(digest[8:16], "big") | 1
    return [(h1 + i * h2) % size for i in range(hash_count)]


class BloomFilterTest(unittest.TestCase):
    def test_size_and_hash_count(self):
        for capacity, error_rate, size, hash_count in [
            (1000, 0.01, 9586, 7),
            (5, 0.1, 24, 3),
            (1, 0.5, 2, 1),
            (123, 0.001, 1769, 10),
        ]:
            with self.subTest(capacity=capacity, error_rate=error_rate):
                bloom = BloomFilter(capacity, error_rate)
                self.assertEqual((bloom.size, bloom.hash_count), (size, hash_count))

    def test_positions(self):
        bloom = BloomFilter(1000, 0.01)
        self.assertEqual(bloom.positions("apple"), [9045, 8798, 8551, 8304, 8057, 7810, 7563])
        for item in ["banana", "", "user:42"]:
            self.assertEqual(bloom.positions(item), expected_positions(item, 9586, 7), item)

    def test_added_items_are_found(self):
        bloom = BloomFilter(100, 0.01)
        words = ["alpha", "beta", "gamma", "delta", ""]
        for word in words:
            bloom.add(word)
        for word in words:
            self.assertIn(word, bloom)

    def test_an_empty_filter_contains_nothing(self):
        bloom = BloomFilter(100, 0.01)
        self.assertEqual(bloom.bits_set(), 0)
        self.assertNotIn("anything", bloom)
        self.assertNotIn("", bloom)

    def test_adding_sets_exactly_the_items_bits(self):
        bloom = BloomFilter(1000, 0.01)
        bloom.add("apple")
        self.assertEqual(bloom.bits_set(), 7)
        bloom.add("apple")  # adding again changes nothing
        self.assertEqual(bloom.bits_set(), 7)
        self.assertNotIn("banana", bloom)

    def test_a_saturated_filter_says_maybe_to_everything(self):
        tiny = BloomFilter(1, 0.5)
        for word in ["a", "b", "c", "d", "e", "f"]:
            tiny.add(word)
        self.assertEqual(tiny.bits_set(), 2)
        self.assertIn("anything", tiny)
        self.assertIn("never added", tiny)

    def test_invalid_arguments(self):
        for capacity, error_rate in [(0, 0.01), (-5, 0.01), (10, 0), (10, 1), (10, 1.5), (2.5, 0.1)]:
            with self.subTest(capacity=capacity, error_rate=error_rate):
                with self.assertRaises(ValueError):
                    BloomFilter(capacity, error_rate)


if __name__ == "__main__":
    unittest.main()
