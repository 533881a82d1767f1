from collections import defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd["a"], len(dd), "c" in dd, dd.default_factory, isinstance(dd, dict))
ci = defaultdict(int, {"x": 1}, y=2)
for w in "abcab":
    ci[w] += 1
print(ci, defaultdict(), defaultdict(None, {1: 2}), ci.copy(), type(ci.copy()).__name__)
print(dd.get("zz"), "zz" in dd, dict(ci))
try:
    defaultdict()[1]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError", e)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(dict(nested["a"]))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) | {"z": 0})
for t in (lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end(1)):
    try:
        t()
    except KeyError as e:
        print("KeyError", e)

c = Counter("abracadabra")
print(c, c["a"], c["zzz"], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), Counter(a=2, b=-1), Counter({"x": 3}), Counter())
c.update("aaz")
c.update({"b": 10})
c.subtract(a=100)
print(c)
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-2)
print(a + b, a - b, a | b, a & b, +b, -b)
print(a == Counter(a=3, b=1), a <= a + b, Counter(a=1) < Counter(a=2), Counter(x=1) != Counter(x=1, y=0))
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x)
del x["nope"]
del x["a"]
print(x)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
words = "the cat and the dog and the bird".split()
print(Counter(words).most_common(3))

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), list(cm), sorted(cm.items()), "a" in cm, cm.get("q", 0))
cm["d"] = 4
print(over, cm, cm.parents, cm.new_child({"z": 0}), cm.maps[1] is base)
del cm["d"]
print(cm.pop("c"), cm, ChainMap())
for t in (lambda: cm.pop("a"), lambda: ChainMap().popitem(), lambda: cm["missing"]):
    try:
        t()
    except KeyError as e:
        print("KeyError", e)

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, ld.data, ld["a"], len(ld), list(ld), ld.get("z", "-"), "b" in ld, ld == {"a": 1, "b": 2, "c": 3})
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul.pop(), ul, 1 in ul, ul * 2)
us = UserString("Hello")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us.split("l"), us + "!", us[1:3], len(us), us.find("l"), "ell" in us, us == "Hello")
