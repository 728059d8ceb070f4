from collections.abc import Mapping
from typing import Any, ClassVar


class Plugin:
    """Base class of all plugins: every concrete subclass registers itself by name."""

    registry: ClassVar[Mapping[str, type["Plugin"]]]  # a read-only view of the registry
    plugin_name: ClassVar[str | None] = None

    def __init_subclass__(cls, *, name: str | None = None, abstract: bool = False, **kwargs: Any) -> None:
        """Register cls under name (default: its class name in lower case) unless abstract."""
        pass

    @classmethod
    def create(cls, name: str, /, *args: Any, **kwargs: Any) -> "Plugin":
        """Instantiate the plugin registered under name with the given arguments."""
        pass

    @classmethod
    def unregister(cls, name: str) -> type["Plugin"]:
        """Remove the plugin registered under name and return its class; KeyError if unknown."""
        pass
