def generate(n):
    """n accounts of two emails each, chained five at a time into n / 5 people who share two
    names: n is the number of accounts (about 1.2n distinct emails). Sorting the people by their
    first email is the n log n term."""
    accounts = []
    for i in range(max(n, 1)):
        person, link = divmod(i, 5)
        name = "Sam" if person % 2 else "Alex"
        accounts.append([name, "p%07d.%d@mail.com" % (person, link), "p%07d.%d@mail.com" % (person, link + 1)])
    return (accounts,)
