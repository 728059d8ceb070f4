LIMIT = 3


class _Node:
    __slots__ = ("children", "top")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.top: list[str] = []  # the best LIMIT phrases of this subtree, best first


class Autocomplete:
    """Suggests the 3 most frequently recorded phrases that start with a prefix."""

    def __init__(self) -> None:
        """Start with no recorded phrases."""
        self._counts: dict[str, int] = {}
        self._root = _Node()

    def _rank(self, phrase: str) -> tuple[int, str]:
        return (-self._counts[phrase], phrase)  # highest count first, then alphabetical

    def record(self, phrase: str, times: int = 1) -> None:
        """Add times searches for phrase; ValueError unless phrase is non-empty and times >= 1."""
        if not isinstance(phrase, str) or not phrase:
            raise ValueError("phrase must be a non-empty string, got %r" % (phrase,))
        if not isinstance(times, int) or times < 1:
            raise ValueError("times must be a positive integer, got %r" % (times,))
        self._counts[phrase] = self._counts.get(phrase, 0) + times
        # Counts only grow, so at every node on the phrase's path the new top is the best
        # LIMIT of the old top plus this phrase; no other node can change.
        node = self._root
        self._promote(node, phrase)
        for char in phrase:
            child = node.children.get(char)
            if child is None:
                child = node.children[char] = _Node()
            node = child
            self._promote(node, phrase)

    def _promote(self, node: _Node, phrase: str) -> None:
        top = node.top
        if phrase not in top:
            if len(top) == LIMIT and self._rank(phrase) > self._rank(top[-1]):
                return  # not good enough for this subtree's top
            top.append(phrase)
        top.sort(key=self._rank)
        del top[LIMIT:]

    def suggest(self, prefix: str) -> list[str]:
        """Return up to 3 recorded phrases starting with prefix: highest count first, ties
        alphabetical."""
        node = self._root
        for char in prefix:
            node = node.children.get(char)
            if node is None:
                return []
        return list(node.top)  # a copy: callers cannot reach the trie's lists
