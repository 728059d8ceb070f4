import unittest

from reverse_string import reverse


class ReverseHiddenTest(unittest.TestCase):
    def test_returns_a_new_str(self):
        text = "abc"
        result = reverse(text)
        self.assertIsInstance(result, str)
        self.assertEqual(text, "abc")

    def test_reversing_twice_gives_the_original(self):
        text = "The quick brown fox"
        self.assertEqual(reverse(reverse(text)), text)

    def test_long_string(self):
        text = "".join(chr(ord("a") + i % 26) for i in range(1_000_000))
        self.assertEqual(reverse(text), text[::-1])


if __name__ == "__main__":
    unittest.main()
