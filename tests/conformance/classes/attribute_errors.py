class Thing:
    def __init__(self):
        self.value = 1
        self.values = [1]

t = Thing()
tests = [
    lambda: t.valeu,
    lambda: t.nothing_like_this,
    lambda: Thing.missing,
    lambda: (5).real_part,
    lambda: "s".uper(),
    lambda: [].push,
    lambda: None.attr,
    lambda: object().x,
]
for f in tests:
    try:
        f()
    except AttributeError as e:
        print(e, "|", e.name, "|", type(e.obj).__name__)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
