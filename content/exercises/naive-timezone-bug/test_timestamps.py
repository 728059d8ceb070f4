import unittest
from datetime import datetime, timedelta, timezone

from timestamps import EASTERN, add_hours, hours_between, is_expired, parse_timestamp

UTC = timezone.utc


class TimestampsTest(unittest.TestCase):
    def test_parse_converts_an_offset_to_utc(self):
        moment = parse_timestamp("2024-03-10T01:30:00-05:00")
        self.assertEqual(moment.utcoffset(), timedelta(0))
        self.assertEqual(moment.replace(tzinfo=None), datetime(2024, 3, 10, 6, 30))

    def test_parse_labels_a_timestamp_without_offset_as_utc(self):
        moment = parse_timestamp("2024-03-10T06:30:00")
        self.assertIsNotNone(moment.tzinfo)
        self.assertEqual(moment, datetime(2024, 3, 10, 6, 30, tzinfo=UTC))

    def test_parse_z(self):
        self.assertEqual(parse_timestamp("2024-07-01T12:00:00Z"), datetime(2024, 7, 1, 12, tzinfo=UTC))

    def test_hours_between_across_the_spring_change(self):
        # At 02:00 on 10 March 2024, New York clocks jumped to 03:00: one real hour passed.
        start = datetime(2024, 3, 10, 1, 0, tzinfo=EASTERN)
        end = datetime(2024, 3, 10, 3, 0, tzinfo=EASTERN)
        self.assertEqual(hours_between(start, end), 1.0)

    def test_hours_between_noon_and_noon_across_the_change(self):
        start = datetime(2024, 3, 9, 12, 0, tzinfo=EASTERN)
        end = datetime(2024, 3, 10, 12, 0, tzinfo=EASTERN)
        self.assertEqual(hours_between(start, end), 23.0)

    def test_add_24_hours_across_the_spring_change(self):
        later = add_hours(datetime(2024, 3, 9, 12, 0, tzinfo=EASTERN), 24)
        self.assertIs(later.tzinfo, EASTERN)
        self.assertEqual(later.replace(tzinfo=None), datetime(2024, 3, 10, 13, 0))
        self.assertEqual(later.utcoffset(), timedelta(hours=-4))

    def test_is_expired_with_the_current_time(self):
        self.assertTrue(is_expired("2000-01-01T00:00:00Z"))
        self.assertTrue(is_expired("2000-01-01T00:00:00"))
        self.assertFalse(is_expired("2999-01-01T00:00:00+02:00"))

    def test_is_expired_at_a_given_time(self):
        now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
        self.assertTrue(is_expired("2024-05-01T07:59:59-04:00", now))
        self.assertFalse(is_expired("2024-05-01T08:00:01-04:00", now))


if __name__ == "__main__":
    unittest.main()
