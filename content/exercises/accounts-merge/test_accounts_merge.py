import unittest

from accounts_merge import merge_accounts


class MergeAccountsTest(unittest.TestCase):
    def test_the_example(self):
        accounts = [
            ["Ada", "ada@x.org", "al@y.com"],
            ["Bob", "bob@z.net"],
            ["Ada", "lovelace@x.org", "ada@x.org"],
            ["Ada", "ada2@w.io"],
        ]
        self.assertEqual(
            merge_accounts(accounts),
            [
                ["Ada", "ada2@w.io"],
                ["Ada", "ada@x.org", "al@y.com", "lovelace@x.org"],
                ["Bob", "bob@z.net"],
            ],
        )

    def test_an_account_that_joins_two_others(self):
        self.assertEqual(merge_accounts([["Cy", "c@a"], ["Cy", "d@a"], ["Cy", "c@a", "d@a"]]), [["Cy", "c@a", "d@a"]])

    def test_no_accounts(self):
        self.assertEqual(merge_accounts([]), [])

    def test_a_single_account_is_sorted(self):
        self.assertEqual(merge_accounts([["Eve", "z@e", "a@e", "m@e"]]), [["Eve", "a@e", "m@e", "z@e"]])

    def test_same_name_different_people(self):
        accounts = [["Sam", "sam@one"], ["Sam", "sam@two"]]
        self.assertEqual(merge_accounts(accounts), [["Sam", "sam@one"], ["Sam", "sam@two"]])

    def test_each_email_once(self):
        accounts = [["Kim", "k@k", "k@k"], ["Kim", "k@k", "kim@k"]]
        self.assertEqual(merge_accounts(accounts), [["Kim", "k@k", "kim@k"]])

    def test_people_sorted_by_first_email(self):
        accounts = [["Zed", "b@z"], ["Amy", "c@a"], ["Bo", "a@b", "d@b"]]
        self.assertEqual(merge_accounts(accounts), [["Bo", "a@b", "d@b"], ["Zed", "b@z"], ["Amy", "c@a"]])


if __name__ == "__main__":
    unittest.main()
