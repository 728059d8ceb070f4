import tracemalloc
import unittest

from bloom_filter import BloomFilter
from test_bloom_filter import expected_positions


class BloomFilterHiddenTest(unittest.TestCase):
    def test_size_is_rounded_up(self):
        bloom = BloomFilter(100_000, 0.01)  # the formula gives 958,505.84 bits
        self.assertEqual((bloom.size, bloom.hash_count), (958_506, 7))
        self.assertEqual(bloom.positions("x"), expected_positions("x", 958_506, 7))

    def test_unicode_items(self):
        bloom = BloomFilter(50, 0.01)
        for item in ["café", "日本", "😀", "ß"]:
            self.assertEqual(bloom.positions(item), expected_positions(item, bloom.size, bloom.hash_count))
            bloom.add(item)
        for item in ["café", "日本", "😀", "ß"]:
            self.assertIn(item, bloom)

    def test_filters_are_independent(self):
        first, second = BloomFilter(10, 0.01), BloomFilter(10, 0.01)
        first.add("x")
        self.assertNotIn("x", second)
        self.assertEqual(second.bits_set(), 0)

    def test_bits_set_counts_shared_bits_once(self):
        bloom = BloomFilter(3, 0.2)
        seen = set()
        for item in ["p", "q", "r", "s", "t"]:
            bloom.add(item)
            seen.update(bloom.positions(item))
            self.assertEqual(bloom.bits_set(), len(seen))

    def test_false_positive_rate_on_a_fixed_data_set(self):
        bloom = BloomFilter(10_000, 0.02)
        for i in range(10_000):
            bloom.add("member-%d" % i)
        false_positives = sum(("stranger-%d" % i) in bloom for i in range(20_000))
        self.assertLessEqual(false_positives / 20_000, 0.03)
        self.assertTrue(all(("member-%d" % i) in bloom for i in range(0, 10_000, 7)))

    def test_one_bit_per_position(self):
        tracemalloc.start()
        try:
            bloom = BloomFilter(10**6, 0.01)  # 9,585,059 bits: about 1.2 MB of bits
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        self.assertEqual(bloom.size, 9_585_059)
        self.assertLessEqual(peak, 2 * bloom.size // 8 + 100_000,
                             "%d bytes for %d bits: store one bit per position" % (peak, bloom.size))

    def test_50_000_items_and_60_000_lookups_on_3_8_million_bits(self):
        bloom = BloomFilter(400_000, 0.01)  # room to grow: 3,834,024 bits, 7 per item
        self.assertEqual(bloom.size, 3_834_024)
        add = bloom.add
        for i in range(50_000):
            add("key:%d" % i)
        missing = [i for i in range(0, 50_000, 5) if ("key:%d" % i) not in bloom]
        self.assertEqual(missing, [], "an added item was reported absent")
        # An eighth full, the filter should almost never say "maybe" to a stranger.
        false_positives = sum(("other:%d" % i) in bloom for i in range(50_000))
        self.assertLessEqual(false_positives, 50)

if __name__ == "__main__":
    unittest.main()
