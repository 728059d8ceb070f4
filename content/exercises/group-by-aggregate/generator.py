from math import isqrt


def generate(n):
    """n rows in about 4·√n groups of two key columns, arriving in no particular order.

    The groups grow with n, but slowly enough that sorting them stays cheaper than reading the rows.
    """
    groups = max(1, 4 * isqrt(n))
    rows = []
    for i in range(n):
        g = (i * 7919) % groups
        rows.append({
            "store": "store-%d" % (g % 97),
            "day": g // 97,
            "units": None if i % 11 == 0 else i % 13,
            "price": 1.0 + (i % 50) / 4,
        })
    aggregations = {"units": ("units", "sum"), "avg_price": ("price", "mean"),
                    "orders": ("units", "count"), "low": ("price", "min"), "high": ("price", "max")}
    return rows, ["store", "day"], aggregations
