def merge_accounts(accounts: list[list[str]]) -> list[list[str]]:
    """Merge accounts that share an email, directly or through other accounts.

    Return [name, *sorted emails] for each person, the people sorted by their first email.
    """
    pass
