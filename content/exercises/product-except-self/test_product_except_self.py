import ast
import unittest

import product_except_self as module
from product_except_self import product_except_self


class ProductExceptSelfTest(unittest.TestCase):
    def test_small_positive_numbers(self):
        self.assertEqual(product_except_self([1, 2, 3, 4]), [24, 12, 8, 6])

    def test_one_zero(self):
        self.assertEqual(product_except_self([-1, 1, 0, -3, 3]), [0, 0, 9, 0, 0])

    def test_two_zeros(self):
        self.assertEqual(product_except_self([0, 4, 0]), [0, 0, 0])

    def test_two_numbers(self):
        self.assertEqual(product_except_self([5, 7]), [7, 5])

    def test_one_number(self):
        self.assertEqual(product_except_self([42]), [1])

    def test_empty_list(self):
        self.assertEqual(product_except_self([]), [])

    def test_does_not_divide(self):
        with open(module.__file__, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if isinstance(node, (ast.BinOp, ast.AugAssign)):
                self.assertNotIsInstance(node.op, (ast.Div, ast.FloorDiv), "do not divide")
            names = {"divmod", "truediv", "floordiv", "itruediv", "ifloordiv"}
            if isinstance(node, ast.Name):
                self.assertNotIn(node.id, names, "do not divide")
            if isinstance(node, ast.Attribute):
                self.assertNotIn(node.attr, names | {"__truediv__", "__floordiv__"}, "do not divide")


if __name__ == "__main__":
    unittest.main()
