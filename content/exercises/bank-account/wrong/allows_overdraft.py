# Forgets the funds check: a withdrawal (or transfer) larger than the balance succeeds and the
# balance goes negative, instead of raising InsufficientFunds.
class InsufficientFunds(Exception):
    pass


class BankAccount:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("negative opening balance")
        self.owner = owner
        self._balance = balance
        self._history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self._history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance -= amount
        self._history.append(("withdraw", amount))
        return self._balance

    def transfer_to(self, other, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance -= amount
        other._balance += amount
        self._history.append(("transfer out", amount))
        other._history.append(("transfer in", amount))
        return self._balance

    def history(self):
        return list(self._history)

    def __repr__(self):
        return "BankAccount(owner=%r, balance=%r)" % (self.owner, self._balance)
