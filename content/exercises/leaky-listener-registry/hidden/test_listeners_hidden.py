import gc
import unittest
import weakref

from listeners import EventBus


class Sensor:
    def __init__(self):
        self.seen = []

    def record(self, event):
        self.seen.append(event)

    def record_twice(self, event):
        self.seen.append(event)
        self.seen.append(event)


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, event):
        self.calls += 1


class EventBusHiddenTest(unittest.TestCase):
    def test_delivery_statistics_do_not_keep_objects_alive(self):
        bus = EventBus()
        sensor = Sensor()
        bus.subscribe(sensor.record)
        for event in range(3):
            bus.publish(event)
        self.assertEqual(bus.delivered(sensor), 3)
        alive = weakref.ref(sensor)
        del sensor
        gc.collect()
        self.assertIsNone(alive(), "something in the bus still refers to the sensor")

    def test_ten_thousand_subscribers_half_of_them_dropped(self):
        bus = EventBus()
        sensors = [Sensor() for _ in range(10_000)]
        for sensor in sensors:
            bus.subscribe(sensor.record)
        refs = [weakref.ref(sensor) for sensor in sensors[::2]]
        del sensors[::2]
        gc.collect()
        self.assertEqual(sum(1 for ref in refs if ref() is not None), 0)
        self.assertEqual(len(bus), 5_000)
        self.assertEqual(bus.publish("tick"), 5_000)
        self.assertTrue(all(sensor.seen == ["tick"] for sensor in sensors))

    def test_two_methods_of_one_object_go_together(self):
        bus = EventBus()
        sensor = Sensor()
        bus.subscribe(sensor.record)
        bus.subscribe(sensor.record_twice)
        self.assertEqual(bus.publish("e"), 2)
        self.assertEqual(sensor.seen, ["e", "e", "e"])
        self.assertEqual(bus.delivered(sensor), 2)
        del sensor
        gc.collect()
        self.assertEqual(len(bus), 0)
        self.assertEqual(bus.publish("nobody"), 0)

    def test_other_callables_are_held_strongly(self):
        log = []
        bus = EventBus()
        bus.subscribe(log.append)  # a built-in method: bound, but not a Python function
        bus.subscribe(Counter())  # a callable object, referenced only by the bus
        bus.subscribe(lambda event: None)
        gc.collect()
        self.assertEqual(bus.publish("a"), 3)
        self.assertEqual(log, ["a"])
        self.assertEqual(len(bus), 3)

    def test_unsubscribe_functions_and_resubscribe(self):
        bus = EventBus()
        calls = []

        def handler(event):
            calls.append(event)

        bus.subscribe(handler)
        self.assertTrue(bus.unsubscribe(handler))
        self.assertEqual(bus.publish(1), 0)
        bus.subscribe(handler)
        self.assertEqual(bus.publish(2), 1)
        self.assertEqual(calls, [2])
        self.assertFalse(bus.unsubscribe(lambda event: None))

    def test_unsubscribing_after_the_object_died(self):
        bus = EventBus()
        other = Sensor()
        sensor = Sensor()
        bus.subscribe(sensor.record)
        bus.subscribe(other.record)
        del sensor
        gc.collect()
        self.assertTrue(bus.unsubscribe(other.record))
        self.assertEqual(len(bus), 0)

    def test_delivered_for_strangers_and_functions(self):
        bus = EventBus()
        bus.subscribe(lambda event: None)
        bus.publish(1)
        self.assertEqual(bus.delivered(Sensor()), 0)

    def test_buses_are_independent(self):
        first, second = EventBus(), EventBus()
        sensor = Sensor()
        first.subscribe(sensor.record)
        self.assertEqual(second.publish("x"), 0)
        self.assertEqual(len(second), 0)


if __name__ == "__main__":
    unittest.main()
