import unittest

from bank_account import BankAccount, InsufficientFunds


class BankAccountTest(unittest.TestCase):
    def test_new_account(self):
        self.assertEqual(BankAccount("Ada").balance, 0)
        self.assertEqual(BankAccount("Ada", 1000).balance, 1000)
        self.assertEqual(BankAccount("Ada").owner, "Ada")

    def test_deposit_returns_the_new_balance(self):
        account = BankAccount("Ada", 1000)
        self.assertEqual(account.deposit(500), 1500)
        self.assertEqual(account.balance, 1500)

    def test_withdraw_returns_the_new_balance(self):
        account = BankAccount("Ada", 1000)
        self.assertEqual(account.withdraw(200), 800)
        self.assertEqual(account.balance, 800)

    def test_overdraft_is_refused_and_changes_nothing(self):
        account = BankAccount("Ada", 1000)
        with self.assertRaises(InsufficientFunds):
            account.withdraw(5000)
        self.assertEqual(account.balance, 1000)

    def test_amounts_must_be_positive(self):
        account = BankAccount("Ada", 1000)
        for amount in [0, -5]:
            with self.subTest(amount=amount):
                with self.assertRaises(ValueError):
                    account.deposit(amount)
                with self.assertRaises(ValueError):
                    account.withdraw(amount)
        self.assertEqual(account.balance, 1000)

    def test_negative_opening_balance_is_refused(self):
        with self.assertRaises(ValueError):
            BankAccount("Ada", -1)

    def test_balance_is_read_only(self):
        account = BankAccount("Ada", 1000)
        with self.assertRaises(AttributeError):
            account.balance = 10**6
        self.assertEqual(account.balance, 1000)

    def test_transfer(self):
        ada, bob = BankAccount("Ada", 1000), BankAccount("Bob")
        self.assertEqual(ada.transfer_to(bob, 300), 700)
        self.assertEqual((ada.balance, bob.balance), (700, 300))

    def test_history(self):
        ada, bob = BankAccount("Ada", 1000), BankAccount("Bob")
        ada.deposit(500)
        ada.withdraw(200)
        ada.transfer_to(bob, 300)
        self.assertEqual(
            ada.history(), [("deposit", 500), ("withdraw", 200), ("transfer out", 300)]
        )
        self.assertEqual(bob.history(), [("transfer in", 300)])

    def test_repr(self):
        account = BankAccount("Ada", 1500)
        self.assertEqual(repr(account), "BankAccount(owner='Ada', balance=1500)")


if __name__ == "__main__":
    unittest.main()
