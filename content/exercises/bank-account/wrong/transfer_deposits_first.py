# The transfer credits the other account BEFORE taking the money out of this one. When the
# withdrawal then fails (too little money, or an invalid amount), the other account has already
# been paid: money appears from nowhere. Do the step that can fail first.
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
        if amount > self._balance:
            raise InsufficientFunds("not enough money")
        self._balance -= amount
        self._history.append(("withdraw", amount))
        return self._balance

    def transfer_to(self, other, amount):
        other._balance += amount
        other._history.append(("transfer in", amount))
        self.withdraw(amount)
        self._history[-1] = ("transfer out", amount)
        return self._balance

    def history(self):
        return list(self._history)

    def __repr__(self):
        return "BankAccount(owner=%r, balance=%r)" % (self.owner, self._balance)
