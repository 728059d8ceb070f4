import unittest

from autocomplete import Autocomplete


def example():
    ac = Autocomplete()
    ac.record("python list", 5)
    ac.record("python dict", 5)
    ac.record("python decorators", 2)
    ac.record("pytest fixtures", 3)
    ac.record("pandas", 4)
    return ac


class AutocompleteTest(unittest.TestCase):
    def test_statement_example(self):
        ac = example()
        self.assertEqual(ac.suggest("py"), ["python dict", "python list", "pytest fixtures"])
        self.assertEqual(ac.suggest("python d"), ["python dict", "python decorators"])
        self.assertEqual(ac.suggest("p"), ["python dict", "python list", "pandas"])
        self.assertEqual(ac.suggest("java"), [])
        ac.record("python decorators", 4)
        self.assertEqual(ac.suggest("python"), ["python decorators", "python dict", "python list"])
        self.assertEqual(ac.suggest(""), ["python decorators", "python dict", "python list"])

    def test_no_history(self):
        ac = Autocomplete()
        self.assertEqual(ac.suggest(""), [])
        self.assertEqual(ac.suggest("a"), [])

    def test_equal_counts_are_alphabetical(self):
        ac = Autocomplete()
        for phrase in ["cherry", "apple", "banana", "apricot"]:
            ac.record(phrase)
        self.assertEqual(ac.suggest(""), ["apple", "apricot", "banana"])
        self.assertEqual(ac.suggest("ap"), ["apple", "apricot"])

    def test_repeated_records_add_up(self):
        ac = Autocomplete()
        ac.record("rare", 2)
        for _ in range(3):
            ac.record("often")
        self.assertEqual(ac.suggest(""), ["often", "rare"])
        ac.record("rare", 2)
        self.assertEqual(ac.suggest(""), ["rare", "often"])

    def test_a_phrase_matches_itself_and_its_prefixes(self):
        ac = Autocomplete()
        ac.record("car")
        ac.record("card", 3)
        self.assertEqual(ac.suggest("car"), ["card", "car"])
        self.assertEqual(ac.suggest("card"), ["card"])
        self.assertEqual(ac.suggest("cards"), [])

    def test_case_sensitive(self):
        ac = Autocomplete()
        ac.record("python")
        self.assertEqual(ac.suggest("Py"), [])
        self.assertEqual(ac.suggest("py"), ["python"])

    def test_invalid_arguments(self):
        ac = Autocomplete()
        for phrase, times in [("", 1), ("ok", 0), ("ok", -2)]:
            with self.subTest(phrase=phrase, times=times):
                with self.assertRaises(ValueError):
                    ac.record(phrase, times)
        self.assertEqual(ac.suggest(""), [])


if __name__ == "__main__":
    unittest.main()
