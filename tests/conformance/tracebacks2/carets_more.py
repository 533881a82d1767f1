# Position markers under many kinds of failing expressions: chained subscripts and calls,
# binary operators inside larger expressions, multi-line expressions, unicode source.
import sys
def show(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
data = {"a": {"b": None}}
def f1():
    return data["a"]["b"]["c"]
show(f1)
def f2():
    return (data["a"]
            ["b"]
            ["c"])
show(f2)
def f3():
    result = some_function_that_does_not_exist(1, 2,
                                                 3)
show(f3)
def f4():
    x = "日本語"; y = x + 1
show(f4)
def f5():
    émoji = None; return émoji.attr
show(f5)
def f6():
    return data.get("a").get("b").get("c")
show(f6)
def f7():
    return [1, 2, 3][1:][10]
show(f7)
def f8():
    a = 1; b = 0
    return a / b + a * b
show(f8)
def f9():
    a, b = 1, 0
    return (a + b) / (a * b)
show(f9)
def f10():
    return 1 + 2 + 3 + None
show(f10)
def f11():
    x = [1]
    return x[0] + x[0] + x[5]
show(f11)
def f12():
    return int("3") + int("x")
show(f12)
def f13():
    s = "abc"
    return s.upper().lower().missing()
show(f13)
def f14():
    return {"k": 1}["j"]
show(f14)
def f15():
    l = lambda: 1 / 0
    return l()
show(f15)
def f16():
    return data["a"]["b"].attr  # comment
show(f16)
def f17():
    x = 1; x()
show(f17)
def f18():
    assert 1 == 2, "math broke"
show(f18)
def f19():
    a = 2
    a **= "x"
show(f19)
def f20():
    return not_defined_thing.attr
show(f20)
def f21():
    x = None
    x[0] = 1
show(f21)
def f22():
    return ("a" "b") * "c"
show(f22)
def f23():
    return 1 @ 2
show(f23)
def f24():
    return -"x"
show(f24)
def f25():
    raise ValueError("multi"
                     "line message")
show(f25)
def f26():
    return len([1,
                2]) + "x"
show(f26)
def f27():
    return data \
        ["zz"]
show(f27)
def f28():
    return (
        1
        / 0
    )
show(f28)
class P:
    @property
    def prop(self):
        return self.nope
def f29():
    return P().prop
show(f29)
def f30():
    return [x for x in range(3) if x / 0]
show(f30)
def f31():
    d = {}
    d["x"] += 1
show(f31)
def f32():
    return print(1, 2, sep=3)
show(f32)
