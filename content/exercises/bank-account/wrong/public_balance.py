# Keeps the balance in a plain public attribute. Everything works through the methods, but
# `account.balance = 10**6` quietly succeeds: anyone can rewrite the balance without a deposit.
# A read-only @property over a "private" _balance is what the statement asks for.
class InsufficientFunds(Exception):
    pass


class BankAccount:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("negative opening balance")
        self.owner = owner
        self.balance = balance
        self._history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self._history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        self._take(amount)
        self._history.append(("withdraw", amount))
        return self.balance

    def transfer_to(self, other, amount):
        self._take(amount)
        other.balance += amount
        self._history.append(("transfer out", amount))
        other._history.append(("transfer in", amount))
        return self.balance

    def history(self):
        return list(self._history)

    def __repr__(self):
        return "BankAccount(owner=%r, balance=%r)" % (self.owner, self.balance)

    def _take(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds("not enough money")
        self.balance -= amount
