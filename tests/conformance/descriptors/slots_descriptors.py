class P:
    __slots__ = ("a",)

desc = P.__dict__["a"]
print(type(desc).__name__, desc.__name__)
p = P()
desc.__set__(p, 10)
print(p.a, desc.__get__(p, P))
desc.__delete__(p)
try:
    p.a
except AttributeError as e:
    print(e)

class Q(P):
    a = "class attribute shadows slot"
q = Q()
print(q.a)
