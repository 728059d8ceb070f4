import copy
import random
import unittest

from accounts_merge import merge_accounts


class MergeAccountsHiddenTest(unittest.TestCase):
    def test_a_chain_linked_through_the_last_account(self):
        # The first four accounts look like four people until the fifth links them all.
        accounts = [["Al", "a@1"], ["Al", "b@1"], ["Al", "c@1", "a@1"], ["Al", "d@1"], ["Al", "d@1", "b@1", "c@1"]]
        self.assertEqual(merge_accounts(accounts), [["Al", "a@1", "b@1", "c@1", "d@1"]])

    def test_two_groups_joined_later(self):
        accounts = [
            ["Di", "1@d", "2@d"],
            ["Di", "3@d", "4@d"],
            ["Jo", "x@j"],
            ["Di", "5@d", "2@d"],
            ["Di", "6@d", "4@d"],
            ["Di", "5@d", "6@d"],
        ]
        self.assertEqual(
            merge_accounts(accounts), [["Di", "1@d", "2@d", "3@d", "4@d", "5@d", "6@d"], ["Jo", "x@j"]]
        )

    def test_many_people_with_one_name(self):
        accounts = [["Lee", "lee%d@m" % (i // 2)] for i in range(10)]
        self.assertEqual(merge_accounts(accounts), [["Lee", "lee%d@m" % i] for i in range(5)])

    def test_string_order_not_numeric(self):
        self.assertEqual(merge_accounts([["N", "n10@x", "n9@x", "N1@x"]]), [["N", "N1@x", "n10@x", "n9@x"]])

    def test_does_not_change_the_accounts(self):
        accounts = [["Ann", "b@a", "a@a"], ["Ann", "a@a", "c@a"]]
        before = copy.deepcopy(accounts)
        merge_accounts(accounts)
        self.assertEqual(accounts, before)

    def test_50_000_accounts_in_one_shuffled_chain(self):
        n = 50_000
        emails = ["p%06d@chain.org" % i for i in range(n + 1)]
        accounts = [["Pat", emails[i + 1], emails[i]] for i in range(n)]
        random.Random(5).shuffle(accounts)
        result = merge_accounts(accounts)
        self.assertEqual(len(result), 1, "all 50,000 accounts belong to one person")
        self.assertTrue(result[0] == ["Pat"] + emails, "one account with all 50,001 emails, sorted")

    def test_50_000_accounts_of_10_000_people_with_two_names(self):
        # Person p owns emails u{p}a and u{p}b; each has five accounts mixing them.
        people = 10_000
        accounts = []
        for p in range(people):
            name = "Alex" if p % 2 else "Sam"
            a, b = "u%05da@mail.com" % p, "u%05db@mail.com" % p
            accounts += [[name, a], [name, b], [name, b, a], [name, a, a], [name, b]]
        random.Random(8).shuffle(accounts)
        result = merge_accounts(accounts)
        expected = [
            ["Alex" if p % 2 else "Sam", "u%05da@mail.com" % p, "u%05db@mail.com" % p] for p in range(people)
        ]
        self.assertEqual(len(result), people)
        self.assertTrue(result == expected, "one account per person, sorted by first email")


if __name__ == "__main__":
    unittest.main()
