import json
from collections import OrderedDict

data = {"name": "pyvm", "version": [3, 12], "ok": True, "none": None, "ratio": 0.5, "nested": {"a": [], "b": {}}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, type(json.loads(s)).__name__)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, {"x": 3}]], indent="\t"), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps("é😀\x7f\x1f\"\\\n\t"), json.dumps("é😀", ensure_ascii=False), json.dumps(["\u2028"]))
print(json.dumps({"b": 1.0, 3: "x", None: 1, True: 2, 2.5: 3, False: 0}), json.dumps((1, 2)), json.dumps(10 ** 30))
print(json.dumps(1e100), json.dumps(-0.0), json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]), json.dumps(3), json.dumps("s"), json.dumps(None))
print(json.dumps({(1,): 2, "k": 1}, skipkeys=True), json.dumps({"z": 1, "a": 2}, sort_keys=True))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__), json.dumps({"p": Point(3, 4)}, default=vars, indent=1))
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps([Point(5, 6)], cls=PointEncoder), PointEncoder().encode({"q": Point(0, 0)}))
print(list(json.JSONEncoder().iterencode({"a": [1]}))[:3] != [])
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
print(json.dumps([MyInt(5), True, False]))

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\n\\ud83d\\ude00"}'))
print(json.loads("  [1, 2 ]  "), json.loads('"\\"quoted\\" \\\\ \\/ \\b\\f\\r\\t"'), json.loads("NaN"), json.loads("-Infinity"), json.loads("-0"), json.loads("1E+2"))
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b"[2]")), json.loads('{"a": 1}'.encode("utf-16")), json.loads('"x"'.encode("utf-32-le")))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=lambda s: int(s) * 10), json.loads("[NaN]", parse_constant=lambda c: c.lower()))
print(json.loads('"a\x01b"', strict=False), json.JSONDecoder().raw_decode('[1] trailing'), json.loads("123456789012345678901234567890"))
bad = ['', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\x01"', r'"\q"', r'"\u12"', '[1] x', '\ufeff[1]',
       'nul', '-', '01', '1.', '[', '{', '{"a":', '[\n1,\n]', '{"a":1}{}', '[1,2', 'tru', '{"a"', '-01', '{"a": [1, }']
for b in bad:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(repr(b), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
a = []
a.append(a)
for f in (lambda: json.dumps(a), lambda: json.dumps(object()), lambda: json.dumps({(1,): 2}), lambda: json.loads(5),
          lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({"a": float("inf")}, allow_nan=False),
          lambda: json.dumps({1: 1, "a": 2}, sort_keys=True)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = json.JSONDecodeError("msg here", "ab\ncd", 4)
print(e, e.args, e.lineno, e.colno)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Source:
    def read(self):
        return '{"from": "file"}'
sink = Sink()
json.dump({"k": [1, 2]}, sink, indent=1)
print("".join(sink.parts), json.load(Source()))
