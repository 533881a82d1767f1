def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest.items())}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty mapping or no type"
        case _:
            return "not a mapping"

print(handle({"type": "click", "pos": (3, 4)}))
print(handle({"type": "key", "key": "q", "mod": "ctrl", "repeat": 2}))
print(handle({"type": "key", "key": 5}))
print(handle({"type": "scroll", "extra": 1}))
print(handle({"other": 1}))
print(handle([("type", "click")]))

class Defaulting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
dd = Defaulting()
match dd:
    case {"missing": 0}:
        print("defaultdict default used")
    case _:
        print("mapping patterns use get(), no default created:", dict(dd))
