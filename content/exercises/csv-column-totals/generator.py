def generate(n):
    """A CSV of n data rows and six columns, three of them totalled, with some missing values."""
    lines = ["id,label,amount,tax,comment,qty"]
    for i in range(n):
        amount = "NA" if i % 13 == 0 else '"%d,%03d.50"' % (i % 90 + 1, i % 1000)
        tax = "" if i % 5 == 0 else str(i % 17)
        lines.append('%d,item-%d,%s,%s,"row %d, ""checked""",%d' % (i, i, amount, tax, i, i % 4))
    return "\n".join(lines), ["amount", "tax", "qty"]
