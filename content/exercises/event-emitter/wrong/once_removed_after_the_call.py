# Removes a once handler only after calling it. If the handler emits the same event again, the
# inner emit still sees the registration and calls the handler a second time (and a third...).
class EventEmitter:
    def __init__(self):
        self._handlers = {}

    def on(self, event, handler=None):
        if handler is None:
            return lambda func: self.on(event, func)
        self._handlers.setdefault(event, []).append({"handler": handler, "once": False, "active": True})
        return handler

    def once(self, event, handler):
        self._handlers.setdefault(event, []).append({"handler": handler, "once": True, "active": True})
        return handler

    def _drop(self, event, entry):
        if entry["active"]:
            entry["active"] = False
            self._handlers[event].remove(entry)

    def off(self, event, handler):
        for entry in self._handlers.get(event, []):
            if entry["handler"] == handler:
                self._drop(event, entry)
                return True
        return False

    def emit(self, event, *args, **kwargs):
        called = 0
        for entry in list(self._handlers.get(event, [])):
            if not entry["active"]:
                continue
            called += 1
            try:
                entry["handler"](*args, **kwargs)
            finally:
                if entry["once"]:
                    self._drop(event, entry)
        return called

    def listeners(self, event):
        return [entry["handler"] for entry in self._handlers.get(event, [])]
