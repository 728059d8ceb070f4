import random
import unittest
from collections import Counter

from cooldown_scheduler import least_time


def simulate(tasks, cooldown):
    """Run, at every unit, the ready name with the most jobs left: slow, but optimal."""
    remaining = Counter(tasks)
    ready_at = {}
    time = left = 0
    left = len(tasks)
    while left:
        ready = [name for name, count in remaining.items() if count and ready_at.get(name, 0) <= time]
        if ready:
            name = max(ready, key=lambda name: remaining[name])
            remaining[name] -= 1
            ready_at[name] = time + cooldown + 1
            left -= 1
        time += 1
    return time


class LeastTimeHiddenTest(unittest.TestCase):
    def test_random_small_cases_against_a_simulation(self):
        rng = random.Random(621)
        for _ in range(400):
            tasks = [rng.choice("ABCDEFG"[: rng.randint(1, 7)]) for _ in range(rng.randint(0, 25))]
            cooldown = rng.randint(0, 6)
            with self.subTest(tasks=tasks, cooldown=cooldown):
                self.assertEqual(least_time(tasks, cooldown), simulate(tasks, cooldown))

    def test_ties_for_the_most_with_the_rest_filling_gaps(self):
        tasks = ["A"] * 4 + ["B"] * 4 + ["C", "D", "E"]
        self.assertEqual(least_time(tasks, 3), 14)  # A B C D A B E _ A B _ _ A B
        self.assertEqual(least_time(tasks, 1), 11)

    def test_long_names_and_cooldown_one(self):
        tasks = ["deploy-service", "deploy-service", "migrate-db"]
        self.assertEqual(least_time(tasks, 1), 3)
        self.assertEqual(least_time(tasks, 2), 4)

    def test_returns_an_int(self):
        self.assertIsInstance(least_time(["A", "A"], 3), int)

    def test_200_000_distinct_names(self):
        tasks = ["t%d" % i for i in range(200_000)]
        self.assertEqual(least_time(tasks, 10**9), 200_000)

    def test_200_000_tasks_over_26_names_with_a_long_cooldown(self):
        rng = random.Random(26)
        tasks = [chr(ord("a") + i % 26) for i in range(200_000)]  # 7,693 or 7,692 of each
        rng.shuffle(tasks)
        self.assertEqual(least_time(tasks, 10**6), 7692 * (10**6 + 1) + 8)
        self.assertEqual(least_time(tasks, 10), 200_000)

    def test_100_000_names_twice_each_with_cooldown_3(self):
        rng = random.Random(3)
        tasks = ["n%d" % (i % 100_000) for i in range(200_000)]
        rng.shuffle(tasks)
        self.assertEqual(least_time(tasks, 3), 200_000)
        self.assertEqual(least_time(tasks[:2] + ["solo"] * 3, 10**9), 2 * (10**9 + 1) + 1)


if __name__ == "__main__":
    unittest.main()
