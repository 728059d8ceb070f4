class InsufficientFunds(Exception):
    """Raised when a withdrawal or transfer asks for more than the balance."""


def _check_amount(amount: int) -> None:
    if amount <= 0:
        raise ValueError("amount must be positive, got %r" % (amount,))


class BankAccount:
    """A bank account holding a balance in integer cents."""

    def __init__(self, owner: str, balance: int = 0) -> None:
        """Open an account; raise ValueError if balance is negative."""
        if balance < 0:
            raise ValueError("opening balance cannot be negative, got %r" % (balance,))
        self.owner = owner
        self._balance = balance  # per instance; the underscore says "use the methods"
        self._history: list[tuple[str, int]] = []

    @property
    def balance(self) -> int:
        """The current balance (read-only: there is no setter)."""
        return self._balance

    def deposit(self, amount: int) -> int:
        """Add a positive amount; return the new balance."""
        _check_amount(amount)
        self._balance += amount
        self._history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount: int) -> int:
        """Take out a positive amount; raise InsufficientFunds if the balance is too small."""
        self._take(amount)
        self._history.append(("withdraw", amount))
        return self._balance

    def transfer_to(self, other: "BankAccount", amount: int) -> int:
        """Move amount from this account to other; return this account's new balance."""
        self._take(amount)  # the only step that can fail, done first: nothing to undo
        other._balance += amount
        self._history.append(("transfer out", amount))
        other._history.append(("transfer in", amount))
        return self._balance

    def history(self) -> list[tuple[str, int]]:
        """Return a new list of (kind, amount) for every successful operation, oldest first."""
        return list(self._history)  # a copy: callers cannot rewrite the account's records

    def __repr__(self) -> str:
        return "BankAccount(owner=%r, balance=%r)" % (self.owner, self._balance)

    def _take(self, amount: int) -> None:
        """Validate amount against the balance, then subtract it."""
        _check_amount(amount)
        if amount > self._balance:
            raise InsufficientFunds(
                "cannot take %d from a balance of %d" % (amount, self._balance)
            )
        self._balance -= amount
