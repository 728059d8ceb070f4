import unittest
from datetime import date

from business_days import business_days


class BusinessDaysTest(unittest.TestCase):
    def test_monday_to_next_monday(self):
        self.assertEqual(business_days(date(2024, 5, 6), date(2024, 5, 13)), 5)

    def test_a_weekend(self):
        self.assertEqual(business_days(date(2024, 5, 4), date(2024, 5, 6)), 0)

    def test_empty_span(self):
        self.assertEqual(business_days(date(2024, 5, 10), date(2024, 5, 10)), 0)

    def test_the_start_counts_the_end_does_not(self):
        self.assertEqual(business_days(date(2024, 5, 10), date(2024, 5, 11)), 1)  # Friday only
        self.assertEqual(business_days(date(2024, 5, 9), date(2024, 5, 10)), 1)  # Thursday only

    def test_holidays(self):
        holidays = [date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1), date(2024, 12, 28)]
        self.assertEqual(business_days(date(2024, 12, 23), date(2025, 1, 6), holidays), 7)

    def test_end_before_start_is_negative(self):
        self.assertEqual(business_days(date(2024, 5, 13), date(2024, 5, 6)), -5)

    def test_a_whole_year(self):
        # 2024 starts on a Monday and has 366 days: 52 weeks and two days (Monday, Tuesday).
        self.assertEqual(business_days(date(2024, 1, 1), date(2025, 1, 1)), 262)


if __name__ == "__main__":
    unittest.main()
