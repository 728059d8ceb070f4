import unittest

from sessions import drop_expired, forget_idle_users


def make(*expiries):
    return [{"id": i, "expires": e} for i, e in enumerate(expiries)]


class SessionsTest(unittest.TestCase):
    def test_the_example(self):
        sessions = [{"id": 1, "expires": 100}, {"id": 2, "expires": 90},
                    {"id": 3, "expires": 80}, {"id": 4, "expires": 200}]
        self.assertEqual(drop_expired(sessions, now=100), 3)
        self.assertEqual(sessions, [{"id": 4, "expires": 200}])

    def test_two_expired_sessions_in_a_row(self):
        sessions = make(5, 5, 50)
        self.assertEqual(drop_expired(sessions, now=10), 2)
        self.assertEqual([s["expires"] for s in sessions], [50])

    def test_all_expired(self):
        sessions = make(1, 2, 3, 4)
        self.assertEqual(drop_expired(sessions, now=10), 4)
        self.assertEqual(sessions, [])

    def test_nothing_expired_and_empty_list(self):
        sessions = make(20, 30)
        self.assertEqual(drop_expired(sessions, now=10), 0)
        self.assertEqual(len(sessions), 2)
        self.assertEqual(drop_expired([], now=10), 0)

    def test_changes_the_callers_list(self):
        sessions = make(1, 99, 2)
        alias = sessions
        drop_expired(sessions, now=10)
        self.assertIs(alias, sessions)
        self.assertEqual(alias, [{"id": 1, "expires": 99}])

    def test_forget_idle_users(self):
        last_seen = {"ana": 10, "bo": 95, "cy": 40}
        self.assertEqual(forget_idle_users(last_seen, now=100, max_idle=50), ["ana", "cy"])
        self.assertEqual(last_seen, {"bo": 95})

    def test_idle_exactly_max_idle_is_kept(self):
        last_seen = {"dee": 50, "eli": 49}
        self.assertEqual(forget_idle_users(last_seen, now=100, max_idle=50), ["eli"])
        self.assertEqual(last_seen, {"dee": 50})


if __name__ == "__main__":
    unittest.main()
