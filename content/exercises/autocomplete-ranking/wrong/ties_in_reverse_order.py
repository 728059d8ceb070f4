# Ranks with sorted(..., key=(count, phrase), reverse=True). Highest count first is right, but
# reversing the whole key also reverses the tie-break: equal counts come out in reverse
# alphabetical order.
class _Node:
    def __init__(self):
        self.children = {}
        self.top = []


class Autocomplete:
    def __init__(self):
        self.counts = {}
        self.root = _Node()

    def record(self, phrase, times=1):
        if not phrase or times < 1:
            raise ValueError("bad arguments")
        self.counts[phrase] = self.counts.get(phrase, 0) + times
        node = self.root
        self._promote(node, phrase)
        for char in phrase:
            node = node.children.setdefault(char, _Node())
            self._promote(node, phrase)

    def _promote(self, node, phrase):
        if phrase not in node.top:
            node.top.append(phrase)
        node.top.sort(key=lambda p: (self.counts[p], p), reverse=True)
        del node.top[3:]

    def suggest(self, prefix):
        node = self.root
        for char in prefix:
            if char not in node.children:
                return []
            node = node.children[char]
        return list(node.top)
