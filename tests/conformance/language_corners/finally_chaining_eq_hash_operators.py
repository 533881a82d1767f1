# exception chaining in finally
def f():
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
try:
    f()
except ValueError as e:
    print("caught", e, e.__context__)
def g():
    try:
        raise KeyError("k")
    finally:
        try:
            raise TypeError("in finally")
        except TypeError as t:
            print("inner", repr(t), repr(t.__context__))
try:
    g()
except KeyError as e:
    print("outer", repr(e))
def h():
    try:
        raise ValueError("v")
    finally:
        return "swallowed"
print(h())
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(k())
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise ValueError("a")
    except ValueError as ve:
        raise TypeError("b") from None
except TypeError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
# __eq__/__hash__ interplay
class E1:
    def __eq__(self, o): return True
print(E1.__hash__, E1() == 5)
try:
    {E1()}
except TypeError as e:
    print(e)
class E2(E1):
    __hash__ = object.__hash__
print(len({E2(), E2()}))
class E3:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E3) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(len({E3(1), E3(1), E3(2)}), E3(1) in [E3(1)], E3(1) != E3(2))
class NeOnly:
    def __ne__(self, o): return "ne called"
print(NeOnly() != 1, NeOnly() == NeOnly())
# operator fallbacks
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Num): return Num(self.v + o.v)
        return NotImplemented
    def __radd__(self, o): return Num(o + self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(Num(1) + Num(2), 5 + Num(1), sum([Num(1), Num(2)], Num(0)), sorted([Num(3), Num(1)]), Num(2) > Num(1))
try:
    Num(1) + "s"
except TypeError as e:
    print(e)
try:
    Num(1) < 3
except AttributeError as e:
    print("AttributeError", e)
class Sub(Num):
    def __radd__(self, o): return "sub radd wins"
print(Num(1) + Sub(2))
class IAdd:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(o); return self
i = IAdd(); i += 1; i += 2
print(i.log)
print(3 * [1], [1] * 2, "ab" * 2, 2 ** -1, 7 // -2, -7 % 3, divmod(-7, 2), 1 < 2 < 3 > 2)
