import types
import unittest

from patching import patch_attribute
from test_patching import make_settings


class Tools:
    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def name(cls):
        return cls.__name__


class Base:
    limit = 10


class Child(Base):
    pass


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class PatchAttributeHiddenTest(unittest.TestCase):
    def test_staticmethods_and_classmethods_are_restored_as_such(self):
        with patch_attribute(Tools, "double", staticmethod(lambda x: 0)):
            self.assertEqual(Tools().double(5), 0)
        with patch_attribute(Tools, "name", "not a method"):
            pass
        self.assertIsInstance(Tools.__dict__["double"], staticmethod)
        self.assertIsInstance(Tools.__dict__["name"], classmethod)
        self.assertEqual(Tools().double(5), 10)
        self.assertEqual(Tools().name(), "Tools")

    def test_an_attribute_inherited_from_a_base_class(self):
        with patch_attribute(Child, "limit", 99):
            self.assertEqual(Child.limit, 99)
            self.assertEqual(Base.limit, 10)
        self.assertNotIn("limit", Child.__dict__)
        Base.limit = 11
        try:
            self.assertEqual(Child.limit, 11)  # inherits again
        finally:
            Base.limit = 10

    def test_the_instance_follows_its_class_again_after_the_patch(self):
        class Config:
            level = "info"

        config = Config()
        with patch_attribute(config, "level", "debug"):
            self.assertEqual(config.level, "debug")
        Config.level = "warning"
        self.assertEqual(config.level, "warning")

    def test_an_instance_attribute_is_restored(self):
        obj = types.SimpleNamespace(value=[1, 2])
        original = obj.value
        with patch_attribute(obj, "value", None):
            self.assertIsNone(obj.value)
        self.assertIs(obj.value, original)

    def test_objects_with_slots(self):
        point = Point(1, 2)
        with patch_attribute(point, "x", 100):
            self.assertEqual(point.x, 100)
        self.assertEqual((point.x, point.y), (1, 2))

    def test_the_original_is_read_on_entry(self):
        settings = make_settings()
        patcher = patch_attribute(settings, "TIMEOUT", 1)
        settings.TIMEOUT = 45  # changed after the patcher was made
        with patcher:
            self.assertEqual(settings.TIMEOUT, 1)
        self.assertEqual(settings.TIMEOUT, 45)

    def test_decorating_before_the_attribute_exists(self):
        settings = make_settings()

        @patch_attribute(settings, "LATE", "patched")
        def read():
            return settings.LATE

        settings.LATE = "real"
        self.assertEqual(read(), "patched")
        self.assertEqual(settings.LATE, "real")

    def test_one_patcher_entered_twice(self):
        settings = make_settings()
        patcher = patch_attribute(settings, "TIMEOUT", 7)
        with patcher:
            with patcher:
                self.assertEqual(settings.TIMEOUT, 7)
            self.assertEqual(settings.TIMEOUT, 7)
        self.assertEqual(settings.TIMEOUT, 30)

    def test_a_recursive_decorated_function(self):
        settings = make_settings()
        seen = []

        @patch_attribute(settings, "DEBUG", "on")
        def countdown(n):
            seen.append(settings.DEBUG)
            if n:
                countdown(n - 1)

        countdown(3)
        self.assertEqual(seen, ["on"] * 4)
        self.assertIs(settings.DEBUG, False)

    def test_create_on_a_class_and_on_an_instance(self):
        class Empty:
            pass

        empty = Empty()
        with patch_attribute(Empty, "new", 1, create=True):
            with patch_attribute(empty, "other", 2, create=True):
                self.assertEqual((empty.new, empty.other), (1, 2))
        self.assertFalse(hasattr(Empty, "new"))
        self.assertFalse(hasattr(empty, "other"))
        self.assertEqual(vars(empty), {})

    def test_create_is_harmless_when_the_attribute_exists(self):
        settings = make_settings()
        with patch_attribute(settings, "DEBUG", True, create=True):
            self.assertIs(settings.DEBUG, True)
        self.assertIs(settings.DEBUG, False)

    def test_exit_returns_a_false_value(self):
        settings = make_settings()
        patcher = patch_attribute(settings, "DEBUG", True)
        patcher.__enter__()
        self.assertFalse(patcher.__exit__(ValueError, ValueError("x"), None))
        self.assertIs(settings.DEBUG, False)

    def test_patching_a_value_that_is_none_or_false(self):
        holder = types.SimpleNamespace(value=None)
        with patch_attribute(holder, "value", 0):
            self.assertEqual(holder.value, 0)
        self.assertIsNone(holder.value)
        self.assertEqual(vars(holder), {"value": None})

    def test_sequential_reuse(self):
        settings = make_settings()
        patcher = patch_attribute(settings, "TIMEOUT", 3)
        for _ in range(3):
            with patcher:
                self.assertEqual(settings.TIMEOUT, 3)
            self.assertEqual(settings.TIMEOUT, 30)

    def test_a_decorated_method(self):
        settings = make_settings()

        class Service:
            @patch_attribute(settings, "TIMEOUT", 2)
            def timeout(self, extra):
                return settings.TIMEOUT + extra

        self.assertEqual(Service().timeout(1), 3)
        self.assertEqual(settings.TIMEOUT, 30)


if __name__ == "__main__":
    unittest.main()
