# A trie of nested dicts with no "a word ends here" marker. contains() only checks that the path
# exists, so every prefix of an inserted word looks like a word ("ca" after inserting "cat"), and
# words are counted as leaves, so a word that is a prefix of another ("car" under "card")
# disappears from count_prefix and complete.
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for char in word:
            node = node.setdefault(char, {})

    def _walk(self, text):
        node = self.root
        for char in text:
            if char not in node:
                return None
            node = node[char]
        return node

    def contains(self, word):
        return self._walk(word) is not None

    def _leaves(self, text, node, found):
        if not node:
            found.append(text)
        for char in sorted(node):
            self._leaves(text + char, node[char], found)
        return found

    def count_prefix(self, prefix):
        node = self._walk(prefix)
        if node is None or node is self.root and not node:
            return 0
        return len(self._leaves(prefix, node, []))

    def complete(self, prefix, limit):
        node = self._walk(prefix)
        if node is None or node is self.root and not node:
            return []
        return self._leaves(prefix, node, [])[:limit]
