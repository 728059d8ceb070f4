import unittest

from valid_parentheses import is_balanced


class IsBalancedTest(unittest.TestCase):
    def test_one_pair(self):
        self.assertIs(is_balanced("()"), True)

    def test_pairs_side_by_side(self):
        self.assertIs(is_balanced("()[]{}"), True)

    def test_nested_pairs(self):
        self.assertIs(is_balanced("{[()]}"), True)

    def test_wrong_kind_of_closer(self):
        self.assertIs(is_balanced("(]"), False)

    def test_crossed_pairs(self):
        # Two of each kind, but the ( is closed while the [ inside it is still open.
        self.assertIs(is_balanced("([)]"), False)

    def test_never_closed(self):
        self.assertIs(is_balanced("(("), False)

    def test_closed_before_opened(self):
        self.assertIs(is_balanced("))(("), False)

    def test_empty_string(self):
        self.assertIs(is_balanced(""), True)


if __name__ == "__main__":
    unittest.main()
