# A correct trie except that insert() does not check whether the word is already there: inserting
# it again increments the counts along its path a second time, so count_prefix counts
# repeated words twice.
class Trie:
    def __init__(self):
        self.root = {"#words": 0}

    def insert(self, word):
        node = self.root
        node["#words"] += 1
        for char in word:
            node = node.setdefault(char, {"#words": 0})
            node["#words"] += 1
        node["#end"] = True

    def _walk(self, text):
        node = self.root
        for char in text:
            node = node.get(char)
            if node is None:
                return None
        return node

    def contains(self, word):
        node = self._walk(word)
        return node is not None and node.get("#end", False)

    def count_prefix(self, prefix):
        node = self._walk(prefix)
        return 0 if node is None else node["#words"]

    def complete(self, prefix, limit):
        node = self._walk(prefix)
        found = []

        def visit(text, node):
            if len(found) >= limit:
                return
            if node.get("#end"):
                found.append(text)
            for char in sorted(key for key in node if not key.startswith("#")):
                visit(text + char, node[char])

        if node is not None:
            visit(prefix, node)
        return found[:limit]
