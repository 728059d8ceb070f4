import unittest

from versioned_store import VersionedStore


class VersionedStoreTest(unittest.TestCase):
    def test_statement_example(self):
        store = VersionedStore()
        store.set("price", 100, timestamp=10)
        store.set("price", 120, timestamp=20)
        self.assertEqual(store.get("price", 15), 100)
        self.assertEqual(store.get("price", 20), 120)
        self.assertIsNone(store.get("price", 5))
        store.delete("price", 30)
        self.assertIsNone(store.get("price", 35))
        self.assertEqual(store.get("price", 25), 120)
        store.set("price", 110, timestamp=18)
        self.assertEqual(store.get("price", 19), 110)
        self.assertIsNone(store.get("other", 100))

    def test_empty_store(self):
        self.assertIsNone(VersionedStore().get("anything", 0))

    def test_a_version_at_exactly_the_time_asked_for(self):
        store = VersionedStore()
        store.set("k", "v1", 5)
        store.set("k", "v2", 7)
        self.assertEqual(store.get("k", 5), "v1")
        self.assertEqual(store.get("k", 7), "v2")
        self.assertEqual(store.get("k", 6.5), "v1")
        self.assertIsNone(store.get("k", 4.999))

    def test_later_times_see_the_latest_version(self):
        store = VersionedStore()
        store.set("k", "v", 1)
        self.assertEqual(store.get("k", 10**12), "v")

    def test_the_same_timestamp_twice_replaces(self):
        store = VersionedStore()
        store.set("k", "first", 3)
        store.set("k", "second", 3)
        self.assertEqual(store.get("k", 3), "second")

    def test_keys_are_independent(self):
        store = VersionedStore()
        store.set("a", 1, 10)
        store.set("b", 2, 20)
        self.assertEqual(store.get("a", 15), 1)
        self.assertIsNone(store.get("b", 15))
        self.assertEqual(store.get("b", 20), 2)

    def test_a_late_write_lands_in_its_place(self):
        store = VersionedStore()
        store.set("k", "t10", 10)
        store.set("k", "t30", 30)
        store.set("k", "t20", 20)  # arrives last, belongs in the middle
        self.assertEqual([store.get("k", t) for t in [10, 19, 20, 29, 30]],
                         ["t10", "t10", "t20", "t20", "t30"])

    def test_delete_then_set_again(self):
        store = VersionedStore()
        store.set("k", "old", 1)
        store.delete("k", 2)
        store.set("k", "new", 3)
        self.assertEqual([store.get("k", t) for t in [1, 2, 3]], ["old", None, "new"])


if __name__ == "__main__":
    unittest.main()
