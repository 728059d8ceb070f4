import random
import unittest

from test_two_teams import SplitTestCase
from two_teams import split_into_teams


class SplitIntoTeamsHiddenTest(SplitTestCase):
    def test_odd_cycle_in_a_later_group(self):
        # Players 0-3 split fine; the conflict is among 4, 5 and 6.
        rivalries = [(0, 1), (2, 3), (4, 5), (5, 6), (6, 4)]
        self.assertIsNone(split_into_teams(7, rivalries))

    def test_rivalries_within_a_later_group(self):
        # A search from player 0 alone never places players 2 and 3.
        rivalries = [(0, 1), (3, 2)]
        self.assert_valid_split(4, rivalries, split_into_teams(4, rivalries))

    def test_repeated_pairs_in_either_order(self):
        rivalries = [(0, 1), (1, 0), (0, 1), (2, 1)]
        self.assert_valid_split(3, rivalries, split_into_teams(3, rivalries))

    def test_a_long_odd_cycle(self):
        rivalries = [(i, (i + 1) % 101) for i in range(101)]
        self.assertIsNone(split_into_teams(101, rivalries))
        rivalries = [(i, (i + 1) % 100) for i in range(100)]
        self.assert_valid_split(100, rivalries, split_into_teams(100, rivalries))

    def test_does_not_change_the_rivalries(self):
        rivalries = [(0, 1), (1, 2)]
        split_into_teams(3, rivalries)
        self.assertEqual(rivalries, [(0, 1), (1, 2)])

    def test_a_chain_of_100_000_players_in_shuffled_order(self):
        n = 100_000
        order = list(range(n))
        random.Random(3).shuffle(order)
        rivalries = [(order[i], order[i + 1]) for i in range(n - 1)]
        random.Random(4).shuffle(rivalries)
        self.assert_valid_split(n, rivalries, split_into_teams(n, rivalries))

    def test_100_000_players_and_200_000_rivalries(self):
        # A path 0 - 1 - 2 - ... joins everyone; the other rivalries pair an even player with
        # an odd one, so a split exists: evens on one team, odds on the other.
        n = 100_000
        half = n // 2
        rivalries = [(i, i + 1) for i in range(n - 1)]
        rivalries += [(2 * (i * 7919 % half), 2 * ((i * 104_729 + 17) % half) + 1) for i in range(100_001)]
        self.assert_valid_split(n, rivalries, split_into_teams(n, rivalries))
        # One more rivalry between two even players breaks it.
        self.assertIsNone(split_into_teams(n, rivalries + [(n - 2, n // 2)]))


if __name__ == "__main__":
    unittest.main()
