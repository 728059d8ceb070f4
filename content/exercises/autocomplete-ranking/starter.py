class Autocomplete:
    """Suggests the 3 most frequently recorded phrases that start with a prefix."""

    def __init__(self) -> None:
        """Start with no recorded phrases."""
        pass

    def record(self, phrase: str, times: int = 1) -> None:
        """Add times searches for phrase; ValueError unless phrase is non-empty and times >= 1."""
        pass

    def suggest(self, prefix: str) -> list[str]:
        """Return up to 3 recorded phrases starting with prefix: highest count first, ties
        alphabetical."""
        pass
