import unittest

from plugins import Plugin
from test_plugins import PluginTestCase


class Tagged:
    """A mixin with its own class keyword."""

    def __init_subclass__(cls, *, tag="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class PluginHiddenTest(PluginTestCase):
    def test_a_mixin_after_plugin_gets_its_keyword(self):
        class Xml(Plugin, Tagged, name="xml", tag="markup"):
            pass

        self.assertIs(Plugin.registry["xml"], Xml)
        self.assertEqual(Xml.tag, "markup")

    def test_a_mixin_before_plugin_passes_the_name_on(self):
        class Yaml(Tagged, Plugin, name="yml", tag="config"):
            pass

        self.assertIs(Plugin.registry["yml"], Yaml)
        self.assertEqual((Yaml.plugin_name, Yaml.tag), ("yml", "config"))

    def test_unknown_keywords_still_fail(self):
        with self.assertRaises(TypeError):
            class Odd(Plugin, colour="red"):
                pass
        self.assertEqual(dict(Plugin.registry), {})

    def test_deep_hierarchies(self):
        class A(Plugin):
            pass

        class B(A, abstract=True):
            pass

        class C(B, name="see"):
            pass

        class D(C):
            pass

        self.assertEqual(dict(Plugin.registry), {"a": A, "see": C, "d": D})
        self.assertIsNone(B.plugin_name)
        self.assertEqual(D.plugin_name, "d")

    def test_a_duplicate_default_name(self):
        class Report(Plugin):
            pass

        with self.assertRaises(ValueError):
            class report(Plugin):  # noqa: N801 - lower-cases to the same name
                pass
        self.assertIs(Plugin.registry["report"], Report)

    def test_a_failed_definition_leaves_the_registry_as_it_was(self):
        class Kept(Plugin, name="k"):
            pass

        before = dict(Plugin.registry)
        with self.assertRaises(ValueError):
            class Clash(Plugin, name="k"):
                pass
        self.assertEqual(dict(Plugin.registry), before)
        self.assertEqual(Kept.plugin_name, "k")

    def test_invalid_names(self):
        for bad in ["", 42]:
            with self.subTest(name=bad):
                with self.assertRaises(ValueError):
                    class Bad(Plugin, name=bad):
                        pass
        self.assertEqual(dict(Plugin.registry), {})

    def test_abstract_with_a_name_is_an_error(self):
        with self.assertRaises(TypeError):
            class Confused(Plugin, abstract=True, name="confused"):
                pass

    def test_create_returns_a_new_instance_each_time(self):
        class Fresh(Plugin):
            pass

        self.assertIsNot(Plugin.create("fresh"), Plugin.create("fresh"))

    def test_create_can_be_called_on_a_subclass(self):
        class Family(Plugin, abstract=True):
            pass

        class Member(Family):
            pass

        class Stranger(Plugin):
            pass

        self.assertIsInstance(Family.create("stranger"), Stranger)
        self.assertIsInstance(Member.create("member"), Member)

    def test_one_registry_for_the_whole_hierarchy(self):
        class Left(Plugin, abstract=True):
            pass

        class Right(Plugin, abstract=True):
            pass

        class One(Left, name="one"):
            pass

        with self.assertRaises(ValueError):
            class Two(Right, name="one"):
                pass
        self.assertIs(Left.registry, Plugin.registry)
        self.assertEqual(list(Right.registry), ["one"])

    def test_many_plugins(self):
        classes = [type("P%d" % i, (Plugin,), {}, name="plugin-%d" % i) for i in range(2_000)]
        self.assertEqual(len(Plugin.registry), 2_000)
        self.assertIs(Plugin.registry["plugin-1999"], classes[-1])
        self.assertIsInstance(Plugin.create("plugin-7"), classes[7])


if __name__ == "__main__":
    unittest.main()
