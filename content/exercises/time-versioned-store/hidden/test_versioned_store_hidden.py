import random
import unittest

from versioned_store import VersionedStore


class Model:
    """Every write appended to a list; a read scans all of them. Slow but plainly right."""

    def __init__(self):
        self.writes = {}

    def write(self, key, value, timestamp):
        self.writes.setdefault(key, {})[timestamp] = value

    def get(self, key, timestamp):
        versions = self.writes.get(key, {})
        earlier = [t for t in versions if t <= timestamp]
        return versions[max(earlier)] if earlier else None


class VersionedStoreHiddenTest(unittest.TestCase):
    def assert_all_equal(self, got, expected, what):
        self.assertEqual(len(got), len(expected))
        for i, (actual, wanted) in enumerate(zip(got, expected)):
            if actual != wanted:
                self.fail("%s #%d: expected %r, got %r" % (what, i, wanted, actual))

    def test_negative_and_float_timestamps(self):
        store = VersionedStore()
        store.set("k", "a", -5)
        store.set("k", "b", 0.5)
        store.set("k", "c", -1.25)
        self.assertEqual([store.get("k", t) for t in [-6, -5, -2, -1.25, 0, 0.5, 1]],
                         [None, "a", "a", "c", "c", "b", "b"])

    def test_falsy_values_are_values(self):
        store = VersionedStore()
        for t, value in enumerate([0, "", [], False, 0.0]):
            store.set("k", value, t)
        self.assertEqual(store.get("k", 0), 0)
        self.assertEqual(store.get("k", 1), "")
        self.assertEqual(store.get("k", 2), [])
        self.assertIs(store.get("k", 3), False)
        self.assertEqual(store.get("k", 9), 0.0)

    def test_deleting_a_key_that_was_never_set(self):
        store = VersionedStore()
        store.delete("ghost", 5)
        self.assertIsNone(store.get("ghost", 10))
        store.set("ghost", "boo", 7)
        self.assertEqual(store.get("ghost", 10), "boo")
        self.assertIsNone(store.get("ghost", 6))

    def test_a_delete_and_a_set_at_the_same_timestamp_replace_each_other(self):
        store = VersionedStore()
        store.set("k", "v", 1)
        store.delete("k", 1)
        self.assertIsNone(store.get("k", 1))
        store.set("k", "back", 1)
        self.assertEqual(store.get("k", 2), "back")

    def test_a_late_delete_keeps_later_versions(self):
        store = VersionedStore()
        store.set("k", "v1", 10)
        store.set("k", "v3", 30)
        store.delete("k", 20)  # late
        self.assertEqual([store.get("k", t) for t in [15, 25, 35]], ["v1", None, "v3"])

    def test_tuple_keys_and_object_values(self):
        store = VersionedStore()
        config = {"retries": 3}
        store.set(("service", "eu"), config, 100)
        self.assertIs(store.get(("service", "eu"), 100), config)

    def test_random_operations_against_a_simple_model(self):
        rng = random.Random(981)
        for round_ in range(100):
            store, model = VersionedStore(), Model()
            for step in range(80):
                key = rng.choice("xyz")
                t = rng.randint(-5, 20)
                roll = rng.random()
                if roll < 0.4:
                    store.set(key, (round_, step), t)
                    model.write(key, (round_, step), t)
                elif roll < 0.55:
                    store.delete(key, t)
                    model.write(key, None, t)
                else:
                    got, wanted = store.get(key, t), model.get(key, t)
                    if got != wanted:
                        self.fail("round %d, step %d: get(%r, %r) gave %r, expected %r"
                                  % (round_, step, key, t, got, wanted))

    def test_10_000_writes_in_reverse_time_order(self):
        store = VersionedStore()
        for i in reversed(range(10_000)):
            store.set("k", i, 2 * i)
        times = list(range(-1, 20_000, 7))
        self.assert_all_equal([store.get("k", t) for t in times],
                              [t // 2 if t >= 0 else None for t in times], "read")

    def test_100_000_reads_of_a_key_with_100_000_versions(self):
        store = VersionedStore()
        n = 100_000
        for i in range(n):
            store.set("sensor", i, 10 * i)
        rng = random.Random(7)
        times = [rng.randrange(-100, 10 * n + 100) for _ in range(n)]
        get = store.get
        got = [get("sensor", t) for t in times]
        expected = [None if t < 0 else min(t // 10, n - 1) for t in times]
        self.assert_all_equal(got, expected, "read")

    def test_1_000_keys_with_interleaved_versions(self):
        store = VersionedStore()
        for round_ in range(100):
            for key in range(1000):
                store.set(key, (key, round_), round_ * 1000 + key)
        for key in range(0, 1000, 37):
            self.assertEqual(store.get(key, 50_500), (key, 50 if key <= 500 else 49))
            self.assertIsNone(store.get(key, key - 1))
            self.assertEqual(store.get(key, 10**9), (key, 99))


if __name__ == "__main__":
    unittest.main()
