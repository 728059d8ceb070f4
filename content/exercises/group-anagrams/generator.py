# n = the number of words, each of 3 to 8 letters (k bounded): expected O(n) in n
# (O(n·k log k) with k <= 8). About half the words are anagrams of an earlier word.
import random


def generate(n):
    """n words: random ones, and shuffled copies of earlier ones."""
    rng = random.Random(n)
    words = []
    for _ in range(n):
        if words and rng.random() < 0.5:
            letters = list(rng.choice(words))
            rng.shuffle(letters)
            words.append("".join(letters))
        else:
            words.append("".join(rng.choice("abcdefgh") for _ in range(rng.randint(3, 8))))
    return (words,)
