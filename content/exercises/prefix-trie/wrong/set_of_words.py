# No trie at all: the words live in a set, so contains() is O(1), but count_prefix() and
# complete() test every stored word with startswith. 50,000 queries over 50,000 words is 2.5
# billion comparisons.
class Trie:
    def __init__(self):
        self.words = set()

    def insert(self, word):
        self.words.add(word)

    def contains(self, word):
        return word in self.words

    def count_prefix(self, prefix):
        return sum(1 for word in self.words if word.startswith(prefix))

    def complete(self, prefix, limit):
        return sorted(word for word in self.words if word.startswith(prefix))[:limit]
