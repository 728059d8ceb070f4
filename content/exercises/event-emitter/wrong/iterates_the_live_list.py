# Loops over the live list of registrations. When a handler removes itself (or a once handler is
# removed), the list shifts left under the loop and the next handler is skipped; a handler added
# during the emit is called by it.
class EventEmitter:
    def __init__(self):
        self._handlers = {}

    def on(self, event, handler=None):
        if handler is None:
            return lambda func: self.on(event, func)
        self._handlers.setdefault(event, []).append([handler, False])
        return handler

    def once(self, event, handler):
        self._handlers.setdefault(event, []).append([handler, True])
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
        for entry in entries:
            if entry[1]:
                entries.remove(entry)
            called += 1
            entry[0](*args, **kwargs)
        return called

    def listeners(self, event):
        return [handler for handler, _ in self._handlers.get(event, [])]
