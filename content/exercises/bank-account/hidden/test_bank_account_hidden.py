import unittest

from bank_account import BankAccount, InsufficientFunds


class BankAccountHiddenTest(unittest.TestCase):
    def test_accounts_are_independent(self):
        ada, bob = BankAccount("Ada", 100), BankAccount("Bob", 100)
        ada.deposit(50)
        self.assertEqual(bob.balance, 100)
        self.assertEqual(bob.history(), [])
        self.assertEqual(BankAccount("Cy").history(), [])

    def test_failed_transfer_changes_neither_account(self):
        ada, bob = BankAccount("Ada", 100), BankAccount("Bob", 50)
        with self.assertRaises(InsufficientFunds):
            ada.transfer_to(bob, 101)
        with self.assertRaises(ValueError):
            ada.transfer_to(bob, 0)
        self.assertEqual((ada.balance, bob.balance), (100, 50))
        self.assertEqual((ada.history(), bob.history()), ([], []))

    def test_failed_operations_are_not_recorded(self):
        account = BankAccount("Ada", 10)
        with self.assertRaises(InsufficientFunds):
            account.withdraw(11)
        with self.assertRaises(ValueError):
            account.deposit(-3)
        account.deposit(1)
        self.assertEqual(account.history(), [("deposit", 1)])

    def test_history_is_a_copy(self):
        account = BankAccount("Ada")
        account.deposit(5)
        history = account.history()
        history.append(("deposit", 10**9))
        history.clear()
        self.assertEqual(account.history(), [("deposit", 5)])
        self.assertIsNot(account.history(), account.history())

    def test_withdraw_the_exact_balance(self):
        account = BankAccount("Ada", 250)
        self.assertEqual(account.withdraw(250), 0)
        with self.assertRaises(InsufficientFunds):
            account.withdraw(1)

    def test_negative_withdrawal_is_a_value_error(self):
        # -5 is not "too much": it is not a valid amount at all.
        account = BankAccount("Ada", 0)
        with self.assertRaises(ValueError):
            account.withdraw(-5)
        self.assertEqual(account.balance, 0)

    def test_insufficient_funds_is_an_exception(self):
        self.assertTrue(issubclass(InsufficientFunds, Exception))

    def test_repr_uses_repr_of_the_owner_and_the_current_balance(self):
        account = BankAccount("O'Hara")
        account.deposit(42)
        self.assertEqual(repr(account), "BankAccount(owner=\"O'Hara\", balance=42)")

    def test_a_thousand_operations(self):
        a, b = BankAccount("A", 10_000), BankAccount("B")
        for i in range(1, 1001):
            a.deposit(i)
            a.transfer_to(b, i)
        self.assertEqual((a.balance, b.balance), (10_000, 500_500))
        self.assertEqual(len(a.history()), 2000)
        self.assertEqual(b.history()[-1], ("transfer in", 1000))


if __name__ == "__main__":
    unittest.main()
