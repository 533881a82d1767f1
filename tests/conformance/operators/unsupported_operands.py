pairs = [
    ("+", lambda: 1 + "a"),
    ("+", lambda: "a" + 1),
    ("-", lambda: [1] - [1]),
    ("*", lambda: "a" * 2.0),
    ("/", lambda: "a" / 2),
    ("//", lambda: None // 1),
    ("%", lambda: [] % 2),
    ("**", lambda: {} ** 2),
    ("<<", lambda: 1.0 << 1),
    ("&", lambda: 1.5 & 1),
    ("|", lambda: [1] | [2]),
    ("@", lambda: 1 @ 2),
    ("+", lambda: (1,) + [2]),
    ("+", lambda: [1] + (2,)),
    ("*", lambda: [1] * [2]),
    ("-", lambda: {1} - [1]),
]
for op, f in pairs:
    try:
        f()
    except TypeError as e:
        print(op, "->", e)
try:
    "abc" * "d"
except TypeError as e:
    print(e)
try:
    -1 .real.__class__ + "x"
except TypeError as e:
    print(e)
