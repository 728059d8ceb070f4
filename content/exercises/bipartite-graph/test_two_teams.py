import unittest

from two_teams import split_into_teams


class SplitTestCase(unittest.TestCase):
    def assert_valid_split(self, n, rivalries, team):
        """Check that team is a list of n values in {0, 1} that separates every pair of rivals."""
        self.assertIsInstance(team, list, "expected a list of teams, got %r" % (team,))
        self.assertEqual(len(team), n, "one team per player")
        self.assertTrue(all(t in (0, 1) for t in team), "every team must be 0 or 1")
        for a, b in rivalries:
            if team[a] == team[b]:
                self.fail("rivals %d and %d are both on team %d" % (a, b, team[a]))


class SplitIntoTeamsTest(SplitTestCase):
    def test_a_square_of_rivals(self):
        rivalries = [(0, 1), (1, 2), (2, 3), (3, 0)]
        self.assert_valid_split(4, rivalries, split_into_teams(4, rivalries))

    def test_three_mutual_rivals(self):
        self.assertIsNone(split_into_teams(3, [(0, 1), (1, 2), (2, 0)]))

    def test_separate_groups(self):
        rivalries = [(0, 1), (3, 4)]
        self.assert_valid_split(5, rivalries, split_into_teams(5, rivalries))

    def test_own_rival(self):
        self.assertIsNone(split_into_teams(2, [(1, 1)]))

    def test_single_player(self):
        self.assert_valid_split(1, [], split_into_teams(1, []))

    def test_no_rivalries(self):
        self.assert_valid_split(6, [], split_into_teams(6, []))

    def test_a_chain_of_rivals(self):
        rivalries = [(0, 1), (1, 2), (2, 3), (3, 4)]
        team = split_into_teams(5, rivalries)
        self.assert_valid_split(5, rivalries, team)
        self.assertEqual(team[0], team[4])


if __name__ == "__main__":
    unittest.main()
