class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args, **kwargs):
        results = []
        errors = []
        for fn in self.handlers.get(event, []):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                errors.append(e)
        if errors:
            raise ExceptionGroup(f"{len(errors)} handler(s) failed for {event!r}", errors)
        return results

bus = EventBus()

@bus.on("greet")
def say_hello(name):
    return f"hello {name}"

@bus.on("greet")
def shout(name):
    return f"HEY {name.upper()}!"

@bus.on("divide")
def half(x):
    return x / 2

@bus.on("divide")
def invert(x):
    return 1 / x

@bus.on("divide")
def index(x):
    return [1, 2][x]

print(bus.emit("greet", "ann"))
print(bus.emit("nothing"))
print(bus.emit("divide", 1))
try:
    bus.emit("divide", 0)
except* ZeroDivisionError as eg:
    print("zero:", [str(e) for e in eg.exceptions])
try:
    bus.emit("divide", 5)
except* IndexError as eg:
    print("index:", [str(e) for e in eg.exceptions], eg.message)
