def merge_accounts(accounts: list[list[str]]) -> list[list[str]]:
    """Merge accounts that share an email, directly or through other accounts.

    Return [name, *sorted emails] for each person, the people sorted by their first email.
    """
    parent: dict[str, str] = {}  # union-find over emails: each email points towards its root
    size: dict[str, int] = {}  # the number of emails under each root
    owner: dict[str, str] = {}  # email -> name

    def find(email: str) -> str:
        while parent[email] != email:
            parent[email] = parent[parent[email]]  # path halving keeps the trees shallow
            email = parent[email]
        return email

    for name, *emails in accounts:
        for email in emails:
            if email not in parent:
                parent[email] = email
                size[email] = 1
                owner[email] = name
        root = find(emails[0])
        for email in emails[1:]:
            other = find(email)
            if other != root:
                if size[other] > size[root]:  # hang the smaller tree under the larger one
                    root, other = other, root
                parent[other] = root
                size[root] += size[other]

    people: dict[str, list[str]] = {}
    for email in parent:
        people.setdefault(find(email), []).append(email)
    merged = [[owner[root], *sorted(emails)] for root, emails in people.items()]
    merged.sort(key=lambda account: account[1])
    return merged
