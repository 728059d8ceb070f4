import random
import unittest

from priority_queue import PriorityQueue
from test_priority_queue import drain


class PriorityQueueHiddenTest(unittest.TestCase):
    def test_peek_skips_stale_entries_and_changes_nothing(self):
        queue = PriorityQueue()
        queue.push("a", 1)
        queue.push("b", 2)
        queue.push("a", 3)
        for _ in range(3):
            self.assertEqual(queue.peek(), "b")
        self.assertEqual(len(queue), 2)
        queue.remove("b")
        self.assertEqual(queue.peek(), "a")
        self.assertEqual(drain(queue), ["a"])

    def test_everything_removed(self):
        queue = PriorityQueue()
        queue.push("a", 1)
        queue.push("a", 2)
        queue.remove("a")
        self.assertEqual(len(queue), 0)
        with self.assertRaises(IndexError):
            queue.peek()
        with self.assertRaises(IndexError):
            queue.pop()
        with self.assertRaises(KeyError):
            queue.remove("a")

    def test_an_item_can_be_queued_again_after_it_was_popped(self):
        queue = PriorityQueue()
        queue.push("job", 1)
        self.assertEqual(queue.pop(), "job")
        queue.push("job", 2)
        self.assertIn("job", queue)
        self.assertEqual(queue.pop(), "job")
        self.assertEqual(len(queue), 0)

    def test_an_update_counts_as_coming_again(self):
        queue = PriorityQueue()
        queue.push("first", 4)
        queue.push("second", 4)
        queue.push("first", 4)  # same priority, but re-queued after "second"
        self.assertEqual(drain(queue), ["second", "first"])

    def test_items_that_cannot_be_compared(self):
        class Job:
            pass

        jobs = [Job() for _ in range(4)]
        queue = PriorityQueue()
        for job in jobs:
            queue.push(job, 1)
        queue.push(jobs[0], 1)
        self.assertEqual(drain(queue), jobs[1:] + jobs[:1])

    def test_random_operations_against_a_simple_model(self):
        rng = random.Random(808)
        for round_ in range(100):
            queue, model, clock = PriorityQueue(), {}, 0
            for step in range(80):
                roll = rng.random()
                item = rng.randrange(8)
                if roll < 0.5:
                    priority = rng.randint(0, 5)
                    queue.push(item, priority)
                    clock += 1
                    model[item] = (priority, clock)
                elif roll < 0.65 and item in model:
                    queue.remove(item)
                    del model[item]
                elif model:
                    wanted = min(model, key=model.get)
                    got = queue.peek() if roll < 0.8 else queue.pop()
                    if got != wanted:
                        self.fail("round %d, step %d: got %r, expected %r" % (round_, step, got, wanted))
                    if roll >= 0.8:
                        del model[wanted]
                self.assertEqual(len(queue), len(model))

    def test_40_000_updates_on_20_000_items(self):
        n = 20_000
        rng = random.Random(5)
        queue = PriorityQueue()
        push = queue.push
        priorities = {}
        for item in range(n):
            push(item, item)
            priorities[item] = item
        for _ in range(40_000):
            item = rng.randrange(n)
            priorities[item] = rng.randrange(10 * n)
            push(item, priorities[item])
        self.assertEqual(len(queue), n)
        order = drain(queue)
        self.assertEqual(len(order), n)
        self.assertTrue(all(priorities[a] <= priorities[b] for a, b in zip(order, order[1:])),
                        "items did not come out in priority order")


if __name__ == "__main__":
    unittest.main()
