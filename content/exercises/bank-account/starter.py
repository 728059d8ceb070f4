class InsufficientFunds(Exception):
    """Raised when a withdrawal or transfer asks for more than the balance."""


class BankAccount:
    """A bank account holding a balance in integer cents."""

    def __init__(self, owner: str, balance: int = 0) -> None:
        """Open an account; raise ValueError if balance is negative."""
        pass

    @property
    def balance(self) -> int:
        """The current balance (read-only)."""
        pass

    def deposit(self, amount: int) -> int:
        """Add a positive amount; return the new balance."""
        pass

    def withdraw(self, amount: int) -> int:
        """Take out a positive amount; raise InsufficientFunds if the balance is too small."""
        pass

    def transfer_to(self, other: "BankAccount", amount: int) -> int:
        """Move amount from this account to other; return this account's new balance."""
        pass

    def history(self) -> list[tuple[str, int]]:
        """Return a new list of (kind, amount) for every successful operation, oldest first."""
        pass

    def __repr__(self) -> str:
        pass
