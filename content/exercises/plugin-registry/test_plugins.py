import unittest

from plugins import Plugin


class PluginTestCase(unittest.TestCase):
    def tearDown(self):
        for name in list(Plugin.registry):
            Plugin.unregister(name)


class PluginTest(PluginTestCase):
    def test_the_example_from_the_statement(self):
        class Exporter(Plugin, abstract=True):
            pass

        class CsvExporter(Exporter, name="csv"):
            def __init__(self, sep=","):
                self.sep = sep

        class Json(Exporter):
            pass

        self.assertEqual(dict(Plugin.registry), {"csv": CsvExporter, "json": Json})
        self.assertEqual(list(Plugin.registry), ["csv", "json"])
        self.assertEqual(CsvExporter.plugin_name, "csv")
        self.assertEqual(Json.plugin_name, "json")
        self.assertIsNone(Exporter.plugin_name)
        exporter = Plugin.create("csv", sep=";")
        self.assertIsInstance(exporter, CsvExporter)
        self.assertEqual(exporter.sep, ";")

    def test_a_duplicate_name_is_rejected_and_the_first_class_kept(self):
        class First(Plugin, name="dup"):
            pass

        with self.assertRaises(ValueError) as caught:
            class Second(Plugin, name="dup"):
                pass
        self.assertIn("dup", str(caught.exception))
        self.assertIn("First", str(caught.exception))
        self.assertIs(Plugin.registry["dup"], First)
        self.assertEqual(len(Plugin.registry), 1)

    def test_the_name_is_not_inherited(self):
        class Csv(Plugin):
            pass

        class Tsv(Csv):
            pass

        self.assertEqual(dict(Plugin.registry), {"csv": Csv, "tsv": Tsv})
        self.assertEqual(Tsv.plugin_name, "tsv")

    def test_abstract_is_not_inherited(self):
        class Storage(Plugin, abstract=True):
            pass

        class Local(Storage):
            pass

        self.assertEqual(dict(Plugin.registry), {"local": Local})

    def test_create_passes_the_arguments(self):
        class Greeter(Plugin, name="greet"):
            def __init__(self, greeting, *, name="world"):
                self.text = "%s, %s" % (greeting, name)

        self.assertEqual(Plugin.create("greet", "Hi", name="you").text, "Hi, you")

    def test_create_with_an_unknown_name(self):
        class Known(Plugin):
            pass

        with self.assertRaises(KeyError) as caught:
            Plugin.create("unknown")
        self.assertIn("known", str(caught.exception))

    def test_the_registry_is_read_only_but_live(self):
        view = Plugin.registry
        with self.assertRaises(TypeError):
            view["x"] = object

        class Later(Plugin):
            pass

        self.assertIs(view["later"], Later)

    def test_unregister(self):
        class Old(Plugin, name="thing"):
            pass

        self.assertIs(Plugin.unregister("thing"), Old)
        self.assertNotIn("thing", Plugin.registry)
        self.assertIsNone(Old.plugin_name)

        class New(Plugin, name="thing"):
            pass

        self.assertIs(Plugin.registry["thing"], New)
        with self.assertRaises(KeyError):
            Plugin.unregister("nothing")


if __name__ == "__main__":
    unittest.main()
