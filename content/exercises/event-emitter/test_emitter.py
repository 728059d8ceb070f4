import unittest

from emitter import EventEmitter


class EventEmitterTest(unittest.TestCase):
    def test_the_example_from_the_statement(self):
        bus = EventEmitter()
        log = []

        @bus.on("saved")
        def audit(name):
            log.append("audit " + name)

        bus.once("saved", lambda name: log.append("first save " + name))
        self.assertEqual(bus.emit("saved", "a.txt"), 2)
        self.assertEqual(bus.emit("saved", "b.txt"), 1)
        self.assertEqual(log, ["audit a.txt", "first save a.txt", "audit b.txt"])
        self.assertTrue(bus.off("saved", audit))
        self.assertEqual(bus.emit("saved", "c.txt"), 0)

    def test_handlers_run_in_registration_order_with_the_arguments(self):
        bus = EventEmitter()
        calls = []
        bus.on("e", lambda *a, **k: calls.append(("first", a, k)))
        bus.on("e", lambda *a, **k: calls.append(("second", a, k)))
        bus.emit("e", 1, 2, key="v")
        self.assertEqual(calls, [("first", (1, 2), {"key": "v"}), ("second", (1, 2), {"key": "v"})])

    def test_on_returns_the_handler_and_the_decorator_form_too(self):
        bus = EventEmitter()

        def handler():
            pass

        self.assertIs(bus.on("e", handler), handler)
        decorated = bus.on("e")(handler)
        self.assertIs(decorated, handler)
        self.assertEqual(bus.listeners("e"), [handler, handler])

    def test_an_event_without_handlers(self):
        bus = EventEmitter()
        self.assertEqual(bus.emit("nothing"), 0)
        self.assertEqual(bus.listeners("nothing"), [])
        self.assertFalse(bus.off("nothing", print))

    def test_a_handler_registered_twice_runs_twice_and_is_removed_once_at_a_time(self):
        bus = EventEmitter()
        calls = []
        handler = calls.append
        bus.on("e", handler)
        bus.on("e", handler)
        self.assertEqual(bus.emit("e", "x"), 2)
        self.assertTrue(bus.off("e", handler))
        self.assertEqual(bus.emit("e", "y"), 1)
        self.assertEqual(calls, ["x", "x", "y"])

    def test_off_with_a_bound_method(self):
        class Panel:
            def __init__(self):
                self.seen = []

            def refresh(self, value):
                self.seen.append(value)

        bus = EventEmitter()
        panel = Panel()
        bus.on("changed", panel.refresh)
        bus.emit("changed", 1)
        self.assertTrue(bus.off("changed", panel.refresh))
        bus.emit("changed", 2)
        self.assertEqual(panel.seen, [1])

    def test_a_handler_that_removes_itself_does_not_make_the_next_one_skipped(self):
        bus = EventEmitter()
        calls = []

        def first():
            calls.append("first")
            bus.off("e", first)

        bus.on("e", first)
        bus.on("e", lambda: calls.append("second"))
        bus.on("e", lambda: calls.append("third"))
        self.assertEqual(bus.emit("e"), 3)
        self.assertEqual(calls, ["first", "second", "third"])

    def test_a_handler_added_during_an_emit_waits_for_the_next_one(self):
        bus = EventEmitter()
        calls = []

        def adder():
            calls.append("adder")
            bus.on("e", lambda: calls.append("added"))

        bus.on("e", adder)
        self.assertEqual(bus.emit("e"), 1)
        self.assertEqual(calls, ["adder"])

    def test_a_handler_removed_during_an_emit_is_not_called(self):
        bus = EventEmitter()
        calls = []

        def later():
            calls.append("later")

        def remover():
            calls.append("remover")
            bus.off("e", later)

        bus.on("e", remover)
        bus.on("e", later)
        self.assertEqual(bus.emit("e"), 1)
        self.assertEqual(calls, ["remover"])

    def test_once_runs_at_most_once_even_when_it_emits_again(self):
        bus = EventEmitter()
        calls = []

        def handler(depth):
            calls.append(depth)
            if depth < 3:
                bus.emit("e", depth + 1)

        bus.once("e", handler)
        self.assertEqual(bus.emit("e", 0), 1)
        self.assertEqual(calls, [0])
        self.assertEqual(bus.listeners("e"), [])


if __name__ == "__main__":
    unittest.main()
