# Looks handlers up by identity. A bound method is a new object every time `obj.method` is
# evaluated, so off(event, obj.method) never finds the registration made by on(event, obj.method).
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
        entry["active"] = False
        self._handlers[event] = [e for e in self._handlers[event] if e is not entry]

    def off(self, event, handler):
        for entry in self._handlers.get(event, []):
            if entry["handler"] is handler:
                self._drop(event, entry)
                return True
        return False

    def emit(self, event, *args, **kwargs):
        called = 0
        for entry in list(self._handlers.get(event, [])):
            if not entry["active"]:
                continue
            if entry["once"]:
                self._drop(event, entry)
            called += 1
            entry["handler"](*args, **kwargs)
        return called

    def listeners(self, event):
        return [entry["handler"] for entry in self._handlers.get(event, [])]
