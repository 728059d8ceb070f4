import unittest

from priority_queue import PriorityQueue


def drain(queue):
    items = []
    while len(queue):
        items.append(queue.pop())
    return items


class PriorityQueueTest(unittest.TestCase):
    def test_statement_example(self):
        queue = PriorityQueue()
        queue.push("backup", 5)
        queue.push("email", 1)
        queue.push("report", 3)
        queue.push("email", 9)
        self.assertEqual(len(queue), 3)
        self.assertEqual(queue.peek(), "report")
        queue.remove("report")
        self.assertEqual(queue.pop(), "backup")
        self.assertEqual(queue.pop(), "email")
        self.assertEqual(len(queue), 0)

    def test_pops_in_priority_order(self):
        queue = PriorityQueue()
        for item, priority in [("c", 3), ("a", 1), ("d", 4), ("b", 2)]:
            queue.push(item, priority)
        self.assertEqual(drain(queue), ["a", "b", "c", "d"])

    def test_equal_priorities_come_out_first_come_first_served(self):
        queue = PriorityQueue()
        for item in ["x", "y", "z"]:
            queue.push(item, 7)
        self.assertEqual(drain(queue), ["x", "y", "z"])

    def test_raising_a_priority_moves_the_item_back(self):
        queue = PriorityQueue()
        queue.push("a", 1)
        queue.push("b", 5)
        queue.push("a", 9)
        self.assertEqual(queue.pop(), "b")
        self.assertEqual(queue.pop(), "a")
        with self.assertRaises(IndexError):
            queue.pop()  # "a" was queued once, so it comes out once

    def test_lowering_a_priority_moves_the_item_forward(self):
        queue = PriorityQueue()
        queue.push("a", 5)
        queue.push("b", 3)
        queue.push("a", 1)
        self.assertEqual(drain(queue), ["a", "b"])

    def test_removed_items_never_come_out(self):
        queue = PriorityQueue()
        for item, priority in [("a", 1), ("b", 2), ("c", 3)]:
            queue.push(item, priority)
        queue.remove("a")
        self.assertNotIn("a", queue)
        self.assertEqual(queue.peek(), "b")
        self.assertEqual(len(queue), 2)
        self.assertEqual(drain(queue), ["b", "c"])

    def test_empty_queue(self):
        queue = PriorityQueue()
        self.assertEqual(len(queue), 0)
        with self.assertRaises(IndexError):
            queue.pop()
        with self.assertRaises(IndexError):
            queue.peek()
        with self.assertRaises(KeyError):
            queue.remove("ghost")


if __name__ == "__main__":
    unittest.main()
