import unittest

from emitter import EventEmitter


class EventEmitterHiddenTest(unittest.TestCase):
    def test_an_exception_stops_the_emit(self):
        bus = EventEmitter()
        calls = []

        def broken():
            raise ValueError("boom")

        bus.on("e", lambda: calls.append("before"))
        bus.once("e", broken)
        bus.on("e", lambda: calls.append("after"))
        with self.assertRaises(ValueError):
            bus.emit("e")
        self.assertEqual(calls, ["before"])
        self.assertEqual(bus.emit("e"), 2)  # the once handler is gone even though it raised
        self.assertEqual(calls, ["before", "before", "after"])

    def test_off_removes_the_earliest_registration_even_a_once_one(self):
        bus = EventEmitter()
        calls = []
        handler = calls.append
        bus.once("e", handler)
        bus.on("e", handler)
        self.assertTrue(bus.off("e", handler))  # the once registration
        bus.emit("e", 1)
        bus.emit("e", 2)
        self.assertEqual(calls, [1, 2])

    def test_off_of_a_once_handler_before_it_ran(self):
        bus = EventEmitter()
        calls = []
        handler = calls.append
        bus.once("e", handler)
        self.assertTrue(bus.off("e", handler))
        self.assertFalse(bus.off("e", handler))
        self.assertEqual(bus.emit("e", 1), 0)
        self.assertEqual(calls, [])

    def test_a_handler_removing_an_earlier_duplicate_of_itself(self):
        bus = EventEmitter()
        calls = []

        def handler():
            calls.append("handler")

        def remover():
            calls.append("remover")
            bus.off("e", handler)  # removes the first registration, which already ran

        bus.on("e", handler)
        bus.on("e", remover)
        bus.on("e", handler)
        self.assertEqual(bus.emit("e"), 3)
        self.assertEqual(calls, ["handler", "remover", "handler"])
        self.assertEqual(bus.listeners("e"), [remover, handler])

    def test_every_handler_removes_itself(self):
        bus = EventEmitter()
        calls = []

        def make(i):
            def handler():
                calls.append(i)
                bus.off("e", handler)

            return handler

        for i in range(5):
            bus.on("e", make(i))
        self.assertEqual(bus.emit("e"), 5)
        self.assertEqual(calls, [0, 1, 2, 3, 4])
        self.assertEqual(bus.emit("e"), 0)

    def test_a_handler_re_registered_during_its_own_emit(self):
        bus = EventEmitter()
        calls = []

        def handler():
            calls.append("h")
            bus.off("e", handler)
            bus.on("e", handler)  # goes to the end of the list, for the next emit

        bus.on("e", handler)
        bus.on("e", lambda: calls.append("other"))
        self.assertEqual(bus.emit("e"), 2)
        self.assertEqual(calls, ["h", "other"])
        self.assertEqual(len(bus.listeners("e")), 2)

    def test_nested_emit_of_another_event(self):
        bus = EventEmitter()
        calls = []
        bus.on("outer", lambda: (calls.append("outer"), bus.emit("inner", 1)))
        bus.on("inner", lambda x: calls.append(("inner", x)))
        bus.on("outer", lambda: calls.append("outer 2"))
        self.assertEqual(bus.emit("outer"), 2)
        self.assertEqual(calls, ["outer", ("inner", 1), "outer 2"])

    def test_listeners_returns_a_copy(self):
        bus = EventEmitter()
        bus.on("e", print)
        handlers = bus.listeners("e")
        handlers.clear()
        self.assertEqual(bus.listeners("e"), [print])

    def test_emitters_and_events_are_independent(self):
        first, second = EventEmitter(), EventEmitter()
        calls = []
        first.on("a", calls.append)
        self.assertEqual(second.emit("a", 1), 0)
        self.assertEqual(first.emit("b", 1), 0)
        self.assertEqual(first.emit("a", 2), 1)
        self.assertEqual(calls, [2])

    def test_callable_objects_and_event_names_of_any_hashable_type(self):
        class Counter:
            def __init__(self):
                self.count = 0

            def __call__(self, amount):
                self.count += amount

        bus = EventEmitter()
        counter = Counter()
        bus.on(("tick", 1), counter)
        bus.emit(("tick", 1), 5)
        bus.emit(("tick", 2), 5)
        self.assertEqual(counter.count, 5)

    def test_10_000_once_handlers(self):
        bus = EventEmitter()
        calls = []
        for i in range(10_000):
            bus.once("e", lambda i=i: calls.append(i))
        self.assertEqual(bus.emit("e"), 10_000)
        self.assertEqual(calls, list(range(10_000)))
        self.assertEqual(bus.emit("e"), 0)


if __name__ == "__main__":
    unittest.main()
