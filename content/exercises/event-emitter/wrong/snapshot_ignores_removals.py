# Loops over a copy of the list, which fixes skipping and ignores handlers added during the emit,
# but the copy still holds handlers that an earlier handler removed during this emit, and calls
# them anyway.
class EventEmitter:
    def __init__(self):
        self._handlers = {}

    def on(self, event, handler=None):
        if handler is None:
            return lambda func: self.on(event, func)
        self._handlers.setdefault(event, []).append((handler, False))
        return handler

    def once(self, event, handler):
        self._handlers.setdefault(event, []).append((handler, True))
        return handler

    def off(self, event, handler):
        entries = self._handlers.get(event, [])
        for i, (registered, _) in enumerate(entries):
            if registered == handler:
                del entries[i]
                return True
        return False

    def emit(self, event, *args, **kwargs):
        entries = self._handlers.get(event, [])
        called = 0
        for entry in list(entries):
            if entry[1] and entry in entries:
                entries.remove(entry)
            called += 1
            entry[0](*args, **kwargs)
        return called

    def listeners(self, event):
        return [handler for handler, _ in self._handlers.get(event, [])]
