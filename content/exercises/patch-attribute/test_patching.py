import types
import unittest

from patching import patch_attribute


def make_settings():
    settings = types.ModuleType("settings")
    settings.DEBUG = False
    settings.TIMEOUT = 30
    return settings


class Greeter:
    greeting = "hello"

    def greet(self, name):
        return "%s, %s" % (self.greeting, name)


class PatchAttributeTest(unittest.TestCase):
    def test_patches_inside_the_block_and_restores_after(self):
        settings = make_settings()
        with patch_attribute(settings, "DEBUG", True) as new:
            self.assertIs(settings.DEBUG, True)
            self.assertIs(new, True)
        self.assertIs(settings.DEBUG, False)
        self.assertEqual(settings.TIMEOUT, 30)

    def test_restores_when_the_block_raises_and_does_not_swallow(self):
        settings = make_settings()
        with self.assertRaises(KeyError):
            with patch_attribute(settings, "TIMEOUT", 1):
                raise KeyError("boom")
        self.assertEqual(settings.TIMEOUT, 30)

    def test_a_missing_attribute_is_an_error_unless_create(self):
        settings = make_settings()
        with self.assertRaises(AttributeError):
            with patch_attribute(settings, "MISSING", 1):
                self.fail("the block must not run")
        self.assertFalse(hasattr(settings, "MISSING"))
        with patch_attribute(settings, "MISSING", 1, create=True):
            self.assertEqual(settings.MISSING, 1)
        self.assertFalse(hasattr(settings, "MISSING"))

    def test_an_inherited_attribute_is_not_copied_into_the_instance(self):
        greeter = Greeter()
        with patch_attribute(greeter, "greeting", "hi"):
            self.assertEqual(greeter.greet("Ann"), "hi, Ann")
        self.assertNotIn("greeting", vars(greeter))
        self.assertEqual(greeter.greet("Ann"), "hello, Ann")

    def test_patching_a_method_on_the_class(self):
        greeter = Greeter()
        with patch_attribute(Greeter, "greet", lambda self, name: "patched " + name):
            self.assertEqual(greeter.greet("Bo"), "patched Bo")
        self.assertEqual(greeter.greet("Bo"), "hello, Bo")

    def test_nested_patches_are_undone_in_reverse_order(self):
        settings = make_settings()
        with patch_attribute(settings, "TIMEOUT", 10):
            with patch_attribute(settings, "TIMEOUT", 5):
                self.assertEqual(settings.TIMEOUT, 5)
            self.assertEqual(settings.TIMEOUT, 10)
        self.assertEqual(settings.TIMEOUT, 30)

    def test_as_a_decorator(self):
        settings = make_settings()

        @patch_attribute(settings, "DEBUG", True)
        def read_debug(prefix):
            """Report the flag."""
            return prefix + str(settings.DEBUG)

        self.assertIs(settings.DEBUG, False)
        self.assertEqual(read_debug("debug="), "debug=True")
        self.assertIs(settings.DEBUG, False)
        self.assertEqual(read_debug("again: "), "again: True")
        self.assertEqual(read_debug.__name__, "read_debug")
        self.assertEqual(read_debug.__doc__, "Report the flag.")

    def test_the_decorator_restores_when_the_function_raises(self):
        settings = make_settings()

        @patch_attribute(settings, "TIMEOUT", 0)
        def fail():
            raise TimeoutError(settings.TIMEOUT)

        with self.assertRaises(TimeoutError) as caught:
            fail()
        self.assertEqual(caught.exception.args, (0,))
        self.assertEqual(settings.TIMEOUT, 30)


if __name__ == "__main__":
    unittest.main()
