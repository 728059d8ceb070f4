import typing
import unittest

from stack import EmptyStackError, Stack


class StackTest(unittest.TestCase):
    def test_push_then_pop_in_reverse_order(self):
        s = Stack()
        for item in [1, 2, 3]:
            s.push(item)
        self.assertEqual([s.pop(), s.pop(), s.pop()], [3, 2, 1])

    def test_initial_items_last_on_top(self):
        s = Stack(["a", "b"])
        self.assertEqual(s.peek(), "b")
        self.assertEqual(len(s), 2)

    def test_peek_does_not_remove(self):
        s = Stack([5])
        self.assertEqual(s.peek(), 5)
        self.assertEqual(s.peek(), 5)
        self.assertEqual(len(s), 1)

    def test_empty_stack(self):
        s = Stack()
        self.assertEqual(len(s), 0)
        self.assertFalse(s)
        with self.assertRaises(EmptyStackError):
            s.pop()
        with self.assertRaises(EmptyStackError):
            s.peek()

    def test_empty_stack_error_is_an_index_error(self):
        self.assertTrue(issubclass(EmptyStackError, IndexError))
        with self.assertRaises(IndexError):
            Stack().pop()

    def test_iterates_from_top_to_bottom_without_changing_the_stack(self):
        s = Stack([1, 2, 3])
        self.assertEqual(list(s), [3, 2, 1])
        self.assertEqual(list(s), [3, 2, 1])
        self.assertEqual(len(s), 3)

    def test_repr_lists_bottom_to_top(self):
        s = Stack([1, 2])
        s.push(3)
        self.assertEqual(repr(s), "Stack([1, 2, 3])")
        self.assertEqual(repr(Stack()), "Stack([])")

    def test_is_generic(self):
        int_stack = Stack[int]([1])  # subscripting works at runtime
        self.assertEqual(int_stack.pop(), 1)
        self.assertEqual(len(Stack.__parameters__), 1)
        (t,) = Stack.__parameters__
        self.assertEqual(typing.get_type_hints(Stack.push)["item"], t)
        self.assertEqual(typing.get_type_hints(Stack.pop)["return"], t)


if __name__ == "__main__":
    unittest.main()
