import typing
import unittest

from stack import EmptyStackError, Stack


class StackHiddenTest(unittest.TestCase):
    def test_the_stack_copies_the_initial_items(self):
        items = [1, 2]
        s = Stack(items)
        items.append(3)
        s.push(4)
        self.assertEqual(items, [1, 2, 3])
        self.assertEqual(list(s), [4, 2, 1])

    def test_stacks_do_not_share_items(self):
        a, b = Stack(), Stack()
        a.push("only in a")
        self.assertEqual(len(b), 0)
        self.assertEqual(list(Stack()), [])

    def test_any_iterable_as_initial_items(self):
        self.assertEqual(list(Stack(range(3))), [2, 1, 0])
        self.assertEqual(list(Stack(x * x for x in [1, 2])), [4, 1])
        self.assertEqual(Stack("ab").pop(), "b")

    def test_none_and_falsy_items(self):
        s = Stack([None, 0, ""])
        self.assertTrue(s)
        self.assertEqual(s.pop(), "")
        self.assertEqual(s.pop(), 0)
        self.assertIsNone(s.peek())
        self.assertIsNone(s.pop())
        self.assertFalse(s)

    def test_becomes_empty_again(self):
        s = Stack([1])
        s.pop()
        with self.assertRaises(EmptyStackError):
            s.peek()
        s.push(2)
        self.assertEqual(s.peek(), 2)

    def test_repr_round_trips(self):
        s = Stack([1, "two", (3,)])
        self.assertEqual(repr(eval(repr(s), {"Stack": Stack})), repr(s))

    def test_peek_annotation_and_typevar(self):
        (t,) = Stack.__parameters__
        self.assertIsInstance(t, typing.TypeVar)
        self.assertEqual(typing.get_type_hints(Stack.peek)["return"], t)
        self.assertIs(typing.get_origin(Stack[str]), Stack)
        self.assertEqual(typing.get_args(Stack[str]), (str,))

    def test_300_000_pushes_and_pops(self):
        s = Stack()
        for i in range(300_000):
            s.push(i)
        self.assertEqual(len(s), 300_000)
        self.assertEqual(s.peek(), 299_999)
        total = 0
        while s:
            total += s.pop()
        self.assertEqual(total, 300_000 * 299_999 // 2)

    def test_300_000_items_given_up_front(self):
        s = Stack(range(300_000))
        popped = [s.pop() for _ in range(150_000)]
        self.assertEqual(popped[0], 299_999)
        self.assertEqual(popped[-1], 150_000)
        self.assertEqual(s.peek(), 149_999)


if __name__ == "__main__":
    unittest.main()
