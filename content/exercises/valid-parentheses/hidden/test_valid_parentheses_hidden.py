import random
import unittest

from valid_parentheses import is_balanced


def random_balanced(rng, pairs):
    """A random balanced string with the given number of pairs."""
    out, stack = [], []
    opened = 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rng.random() < 0.5):
            opener = rng.choice("([{")
            out.append(opener)
            stack.append(opener)
            opened += 1
        else:
            out.append({"(": ")", "[": "]", "{": "}"}[stack.pop()])
    return "".join(out)


class IsBalancedHiddenTest(unittest.TestCase):
    def test_a_single_bracket(self):
        for s in "()[]{}":
            with self.subTest(s=s):
                self.assertIs(is_balanced(s), False)

    def test_a_lone_closer_on_an_empty_stack(self):
        self.assertIs(is_balanced("]"), False)
        self.assertIs(is_balanced("()]"), False)
        self.assertIs(is_balanced("}{"), False)

    def test_opener_left_at_the_end(self):
        self.assertIs(is_balanced("()[]{"), False)
        self.assertIs(is_balanced("{[]}("), False)

    def test_matching_counts_are_not_enough(self):
        self.assertIs(is_balanced("[(])"), False)
        self.assertIs(is_balanced("{(})"), False)
        self.assertIs(is_balanced("([]{)}"), False)

    def test_mixed_nesting(self):
        self.assertIs(is_balanced("[{()()}]({})"), True)
        self.assertIs(is_balanced("((([[[{{{}}}]]])))"), True)
        self.assertIs(is_balanced("((([[[{{{}}]]])))"), False)

    def test_random_balanced_strings_and_one_broken_character(self):
        rng = random.Random(4242)
        for _ in range(200):
            s = random_balanced(rng, rng.randint(1, 30))
            self.assertIs(is_balanced(s), True, s)
            i = rng.randrange(len(s))
            replacement = rng.choice([c for c in "()[]{}" if c != s[i]])
            broken = s[:i] + replacement + s[i + 1 :]
            # Any other character in one place unbalances it: an opener turned closer (or the
            # reverse) changes the counts, and a different opener or closer breaks a pair.
            self.assertIs(is_balanced(broken), False, broken)

    def test_deep_nesting_of_a_million_characters(self):
        half = 500_000
        s = "".join("([{"[i % 3] for i in range(half))
        closing = s[::-1].translate(str.maketrans("([{", ")]}"))
        self.assertIs(is_balanced(s + closing), True)
        # The same with the innermost closer of the wrong kind.
        wrong_kind = {")": "]", "]": "}", "}": ")"}[closing[0]]
        broken = s + wrong_kind + closing[1:]
        self.assertIs(is_balanced(broken), False)

    def test_long_flat_sequence(self):
        self.assertIs(is_balanced("()[]{}" * 150_000), True)
        self.assertIs(is_balanced("()[]{}" * 150_000 + ")"), False)


if __name__ == "__main__":
    unittest.main()
