# MRO and inheritance corners
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.mro()], D.__mro__ == tuple(D.mro()))
try:
    class E(A, B): pass
except TypeError as e:
    print("TE", e)
try:
    class F(A, A): pass
except TypeError as e:
    print("TE", e)
try:
    class G(int, str): pass
except TypeError as e:
    print("TE", e)
try:
    class H(bool): pass
except TypeError as e:
    print("TE", e)
try:
    class I(1): pass
except TypeError as e:
    print("TE", e)
try:
    class J(type(None)): pass
except TypeError as e:
    print("TE", e)
try:
    class K(range): pass
except TypeError as e:
    print("TE", e)
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
l.extend([7])
print(l, type(l).__name__, isinstance(l, list), l + [0], type(l + [0]).__name__, type(l[:1]).__name__)
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
md = MyDict(a=1)
print(md["A"], md.get("A"), "A" in md, dict(md))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", type(s + "x").__name__, type(s.upper()).__name__, repr(s), s == "hi", hash(s) == hash("hi"))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
mi = MyInt(5)
print(mi, mi + 1, type(mi + 1).__name__, repr(mi), str(mi), f"{mi}", f"{mi!r}", mi.real.__class__.__name__)
class MyFloat(float): pass
print(MyFloat(1.5) * 2, type(MyFloat(1.5) * 2).__name__, MyFloat("2.5"))
class MyTuple(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
mt = MyTuple(1, 2, 3)
print(mt, len(mt), type(mt).__name__, mt[1:], type(mt[1:]).__name__)
class MyExc(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyExc(42, "bad thing")
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class MyExc2(Exception):
    def __str__(self): return "custom str"
print(str(MyExc2("x")), repr(MyExc2("x")))
print(issubclass(D, (int, A)), isinstance(D(), (B, C)), D.__subclasses__(), [k.__name__ for k in A.__subclasses__()])
print(type.__subclasses__(type)[:0], object.__subclasses__()[:0])
print(D.__bases__, D.__base__, A.__base__, object.__base__, object.__bases__)
print(type(D).__name__, D.__class__.__name__, isinstance(D, type))
