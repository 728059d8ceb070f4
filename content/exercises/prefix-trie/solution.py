class _Node:
    __slots__ = ("children", "is_word", "words")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.is_word = False  # a word ends at this node
        self.words = 0  # how many words end at this node or below it


class Trie:
    """A set of words that answers prefix queries."""

    def __init__(self) -> None:
        self._root = _Node()

    def _find(self, prefix: str) -> _Node | None:
        node = self._root
        for char in prefix:
            node = node.children.get(char)
            if node is None:
                return None
        return node

    def insert(self, word: str) -> None:
        """Add word (adding it again changes nothing)."""
        end = self._find(word)
        if end is not None and end.is_word:
            return  # already there: the counts must not change
        node = self._root
        node.words += 1
        for char in word:
            node = node.children.setdefault(char, _Node())
            node.words += 1
        node.is_word = True

    def contains(self, word: str) -> bool:
        """Return True if word itself was inserted."""
        node = self._find(word)
        return node is not None and node.is_word

    def count_prefix(self, prefix: str) -> int:
        """Return how many distinct inserted words start with prefix."""
        node = self._find(prefix)
        return 0 if node is None else node.words

    def complete(self, prefix: str, limit: int) -> list[str]:
        """Return the alphabetically first `limit` inserted words starting with prefix."""
        start = self._find(prefix)
        found: list[str] = []
        if start is None or limit <= 0:
            return found
        # Depth first, children in alphabetical order: a word comes before its extensions and
        # before every word in a later branch, which is exactly alphabetical order.
        stack = [(prefix, start)]
        while stack:
            text, node = stack.pop()
            if node.is_word:
                found.append(text)
                if len(found) == limit:
                    break
            for char in sorted(node.children, reverse=True):
                stack.append((text + char, node.children[char]))
        return found
