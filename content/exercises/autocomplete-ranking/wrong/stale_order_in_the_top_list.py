# Each trie node keeps a top-3 list, but the list is only re-sorted when a NEW phrase enters it.
# When a phrase already in the list gets more searches, its position is not updated, so it can
# stay behind phrases it has overtaken.
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
        if phrase in node.top:
            return  # already there: nothing to do, or so it seems
        node.top.append(phrase)
        node.top.sort(key=lambda p: (-self.counts[p], p))
        del node.top[3:]

    def suggest(self, prefix):
        node = self.root
        for char in prefix:
            if char not in node.children:
                return []
            node = node.children[char]
        return list(node.top)
