import random
from itertools import islice, product


def generate(n):
    """The first n six-letter words over a shuffled 26-letter alphabet, in that alphabet's order.

    itertools.product lists the words in lexicographic order of the shuffled alphabet, so the list
    is sorted by construction; neighbours share a long prefix, so every comparison reads most of
    both words.
    """
    rng = random.Random(n)
    alphabet = list("abcdefghijklmnopqrstuvwxyz")
    rng.shuffle(alphabet)
    words = ["".join(letters) for letters in islice(product(alphabet, repeat=6), n)]
    return (words,)
