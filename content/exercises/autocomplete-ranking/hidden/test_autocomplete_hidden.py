import random
import unittest

from autocomplete import Autocomplete


class Model:
    """All counts in a dict; every suggestion sorts the matching phrases. Slow but plainly right."""

    def __init__(self):
        self.counts = {}

    def record(self, phrase, times=1):
        self.counts[phrase] = self.counts.get(phrase, 0) + times

    def suggest(self, prefix):
        matching = [p for p in self.counts if p.startswith(prefix)]
        return sorted(matching, key=lambda p: (-self.counts[p], p))[:3]


class AutocompleteHiddenTest(unittest.TestCase):
    def test_the_result_is_a_copy(self):
        ac = Autocomplete()
        ac.record("a1")
        ac.record("a2")
        first = ac.suggest("a")
        first.append("intruder")
        first[0] = "changed"
        self.assertEqual(ac.suggest("a"), ["a1", "a2"])

    def test_a_phrase_climbs_past_others_with_small_records(self):
        ac = Autocomplete()
        for phrase, times in [("go", 10), ("gopher", 9), ("golang", 8), ("google", 7)]:
            ac.record(phrase, times)
        self.assertEqual(ac.suggest("go"), ["go", "gopher", "golang"])
        for _ in range(4):
            ac.record("google")  # 11: from fourth to first
        self.assertEqual(ac.suggest("go"), ["google", "go", "gopher"])
        self.assertEqual(ac.suggest("goo"), ["google"])
        self.assertEqual(ac.suggest("g"), ["google", "go", "gopher"])

    def test_unicode_phrases(self):
        ac = Autocomplete()
        ac.record("café au lait", 2)
        ac.record("café", 2)
        ac.record("caffè", 5)
        ac.record("日本語", 1)
        self.assertEqual(ac.suggest("caf"), ["caffè", "café", "café au lait"])
        self.assertEqual(ac.suggest("café"), ["café", "café au lait"])
        self.assertEqual(ac.suggest("日"), ["日本語"])

    def test_huge_counts(self):
        ac = Autocomplete()
        ac.record("big", 10**15)
        ac.record("bigger", 10**15 - 1)
        ac.record("bigger", 2)
        self.assertEqual(ac.suggest("big"), ["bigger", "big"])

    def test_random_histories_against_a_simple_model(self):
        rng = random.Random(642)
        for round_ in range(60):
            ac, model = Autocomplete(), Model()
            for _ in range(150):
                if rng.random() < 0.6:
                    phrase = "".join(rng.choice("abc") for _ in range(rng.randint(1, 5)))
                    times = rng.choice([1, 1, 1, 2, 5])
                    ac.record(phrase, times)
                    model.record(phrase, times)
                else:
                    prefix = "".join(rng.choice("abc") for _ in range(rng.randint(0, 3)))
                    got, wanted = ac.suggest(prefix), model.suggest(prefix)
                    if got != wanted:
                        self.fail("round %d: suggest(%r) gave %r, expected %r"
                                  % (round_, prefix, got, wanted))

    def test_60_000_suggestions_over_12_000_phrases(self):
        rng = random.Random(2024)
        letters = "abcdefghijklmnopqrstuvwxyz"
        starts = [a + b for a in "abcdef" for b in "abcdef"]
        ac, model = Autocomplete(), Model()
        for _ in range(12_000):
            phrase = rng.choice(starts) + " " + "".join(rng.choices(letters, k=rng.randint(2, 6)))
            times = rng.randint(1, 1000)
            ac.record(phrase, times)
            model.record(phrase, times)
        # "" and the one-letter prefixes match thousands of phrases each, the two-letter ones
        # hundreds.
        pool = [""] * 4 + list("abcdef") * 3 + starts
        prefixes = rng.choices(pool, k=60_000)
        expected = {prefix: model.suggest(prefix) for prefix in set(pool)}
        suggest = ac.suggest
        for i, prefix in enumerate(prefixes):
            got = suggest(prefix)
            if got != expected[prefix]:
                self.fail("suggestion #%d for %r: expected %r, got %r"
                          % (i, prefix, expected[prefix], got))

if __name__ == "__main__":
    unittest.main()
