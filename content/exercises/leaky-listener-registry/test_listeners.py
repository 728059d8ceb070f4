import gc
import unittest
import weakref

from listeners import EventBus


class Widget:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def on_event(self, event):
        self.log.append((self.name, event))


class EventBusTest(unittest.TestCase):
    def test_methods_and_functions_are_called_in_order(self):
        log = []
        bus = EventBus()
        widget = Widget("w", log)
        bus.subscribe(widget.on_event)
        bus.subscribe(lambda event: log.append(("lambda", event)))
        self.assertEqual(bus.publish("saved"), 2)
        self.assertEqual(log, [("w", "saved"), ("lambda", "saved")])
        self.assertEqual(len(bus), 2)

    def test_a_subscription_does_not_keep_its_object_alive(self):
        bus = EventBus()
        widget = Widget("w", [])
        bus.subscribe(widget.on_event)
        bus.publish("ping")
        alive = weakref.ref(widget)
        del widget
        gc.collect()
        self.assertIsNone(alive(), "the bus still holds a reference to the widget")

    def test_a_collected_subscriber_is_no_longer_called(self):
        log = []
        bus = EventBus()
        keep, drop = Widget("keep", log), Widget("drop", log)
        bus.subscribe(keep.on_event)
        bus.subscribe(drop.on_event)
        del drop
        gc.collect()
        self.assertEqual(bus.publish(1), 1)
        self.assertEqual(log, [("keep", 1)])
        self.assertEqual(len(bus), 1)

    def test_a_lambda_is_kept_until_unsubscribed(self):
        log = []
        bus = EventBus()
        bus.subscribe(lambda event: log.append(event))
        gc.collect()
        self.assertEqual(bus.publish("still here"), 1)
        self.assertEqual(log, ["still here"])

    def test_unsubscribe_a_method_with_a_new_bound_method_object(self):
        log = []
        bus = EventBus()
        widget = Widget("w", log)
        bus.subscribe(widget.on_event)
        self.assertTrue(bus.unsubscribe(widget.on_event))
        self.assertFalse(bus.unsubscribe(widget.on_event))
        self.assertEqual(bus.publish("x"), 0)
        self.assertEqual(log, [])

    def test_delivered_counts_per_object(self):
        bus = EventBus()
        a, b = Widget("a", []), Widget("b", [])
        bus.subscribe(a.on_event)
        bus.publish(1)
        bus.subscribe(b.on_event)
        bus.publish(2)
        self.assertEqual((bus.delivered(a), bus.delivered(b)), (2, 1))


if __name__ == "__main__":
    unittest.main()
