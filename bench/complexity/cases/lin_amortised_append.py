"""Building a list with append: amortised O(1) per append, O(n) in all."""
EXPECTED = "O(n)"
ENTRY = "squares"


def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def generate(n):
    return (n,)
