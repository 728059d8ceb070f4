# Does not check for duplicates: a second class with the same name silently replaces the first
# in the registry, so which plugin "csv" means depends on import order.
import types
from collections.abc import Mapping
from typing import Any, ClassVar


class Plugin:

    _registry: ClassVar[dict[str, type["Plugin"]]] = {}
    registry: ClassVar[Mapping[str, type["Plugin"]]] = types.MappingProxyType(_registry)
    plugin_name: ClassVar[str | None] = None

    def __init_subclass__(cls, *, name: str | None = None, abstract: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)  # let other bases (mixins) take their keywords
        if abstract:
            if name is not None:
                raise TypeError("an abstract plugin class cannot have a name")
            cls.plugin_name = None  # not inherited from a registered parent
            return
        if name is None:
            name = cls.__name__.lower()  # derived from this class, never inherited
        if not isinstance(name, str) or not name:
            raise ValueError("a plugin name must be a non-empty string, got %r" % (name,))
        registry = Plugin._registry  # one registry, shared by the whole hierarchy
        registry[name] = cls
        cls.plugin_name = name

    @classmethod
    def create(cls, name: str, /, *args: Any, **kwargs: Any) -> "Plugin":
        try:
            plugin = Plugin._registry[name]
        except KeyError:
            known = ", ".join(sorted(Plugin._registry)) or "none"
            raise KeyError("no plugin named %r (known: %s)" % (name, known)) from None
        return plugin(*args, **kwargs)

    @classmethod
    def unregister(cls, name: str) -> type["Plugin"]:
        plugin = Plugin._registry.pop(name)
        plugin.plugin_name = None
        return plugin
