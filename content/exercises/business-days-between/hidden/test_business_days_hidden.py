import random
import unittest
from datetime import date, timedelta

from business_days import business_days


def slow_count(start, end, holidays):
    holidays = set(holidays)
    count = 0
    day = start
    while day < end:
        if day.weekday() < 5 and day not in holidays:
            count += 1
        day += timedelta(days=1)
    return count


class BusinessDaysHiddenTest(unittest.TestCase):
    def test_every_short_span_against_a_day_by_day_count(self):
        base = date(2023, 12, 25)  # a Monday
        holidays = [base + timedelta(days=k) for k in (0, 3, 5, 6, 10, 17, 24)]  # some on weekends
        for first in range(14):
            for length in range(22):
                start = base + timedelta(days=first)
                end = start + timedelta(days=length)
                with self.subTest(start=start, end=end):
                    self.assertEqual(business_days(start, end, holidays), slow_count(start, end, holidays))
                    self.assertEqual(business_days(end, start, holidays), -slow_count(start, end, holidays))

    def test_holidays_on_weekends_outside_the_span_and_repeated(self):
        start, end = date(2024, 7, 1), date(2024, 7, 8)  # Monday to Monday
        holidays = [date(2024, 7, 4), date(2024, 7, 4), date(2024, 7, 6), date(2024, 7, 7),
                    date(2024, 6, 28), date(2024, 7, 8), date(2025, 7, 4)]
        self.assertEqual(business_days(start, end, holidays), 4)

    def test_holidays_from_a_generator_or_a_set(self):
        start, end = date(2024, 7, 1), date(2024, 7, 8)
        self.assertEqual(business_days(start, end, (d for d in [date(2024, 7, 4), date(2024, 7, 5)])), 3)
        self.assertEqual(business_days(end, start, {date(2024, 7, 4)}), -4)

    def test_holidays_are_not_changed(self):
        holidays = [date(2024, 7, 4), date(2024, 7, 4)]
        holiday_set = {date(2024, 7, 4)}
        business_days(date(2024, 7, 1), date(2024, 7, 8), holidays)
        business_days(date(2024, 7, 8), date(2024, 7, 1), holiday_set)
        self.assertEqual(holidays, [date(2024, 7, 4), date(2024, 7, 4)])
        self.assertEqual(holiday_set, {date(2024, 7, 4)})

    def test_from_the_first_to_the_last_representable_day(self):
        # 3,652,058 days from a Monday: 521,722 weeks and four days, Monday to Thursday.
        self.assertEqual(business_days(date.min, date.max), 521_722 * 5 + 4)
        self.assertEqual(business_days(date.max, date.min), -(521_722 * 5 + 4))
        # date.max is a Friday: the six days before it hold four weekdays, Monday to Thursday.
        self.assertEqual(business_days(date.max - timedelta(days=6), date.max), 4)

    def test_ten_thousand_holidays(self):
        start = date(2000, 1, 3)  # a Monday
        holidays = [start + timedelta(days=k) for k in range(10_000)]
        end = start + timedelta(days=20_000)
        self.assertEqual(business_days(start, end, holidays), slow_count(start, end, holidays))
        self.assertEqual(business_days(start, end, holidays), 14_286 - 7_144)

    def test_hundreds_of_calls_over_millions_of_days(self):
        rng = random.Random(3)
        total = (date.max - date.min).days
        holidays = {date(2024, 12, 25), date(2025, 1, 1), date(1999, 12, 31), date(5000, 6, 2)}
        for _ in range(200):
            a, b, c = sorted(rng.sample(range(total), 3))
            first, middle, last = (date.min + timedelta(days=k) for k in (a, b, c))
            whole = business_days(first, last, holidays)
            self.assertEqual(whole, business_days(first, middle, holidays) + business_days(middle, last, holidays))
            days = c - a
            self.assertTrue(days * 5 // 7 - 6 <= whole <= days * 5 // 7 + 2)


if __name__ == "__main__":
    unittest.main()
