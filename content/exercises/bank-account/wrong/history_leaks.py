# history() returns the account's own list instead of a copy, so a caller who appends to or clears
# the returned list rewrites the account's records.
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
        self._take(amount)
        self._history.append(("withdraw", amount))
        return self._balance

    def transfer_to(self, other, amount):
        self._take(amount)
        other._balance += amount
        self._history.append(("transfer out", amount))
        other._history.append(("transfer in", amount))
        return self._balance

    def history(self):
        return self._history

    def __repr__(self):
        return "BankAccount(owner=%r, balance=%r)" % (self.owner, self._balance)

    def _take(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self._balance:
            raise InsufficientFunds("not enough money")
        self._balance -= amount
