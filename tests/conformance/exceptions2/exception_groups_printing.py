# Exception groups printed by the interpreter and by the traceback module: depth and width
# limits, nested groups, chained sub-exceptions, except* re-raising and wrapping.
import sys, traceback
def show(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
        print("".join(traceback.format_exception(e)), end="")
def deep():
    def level(n):
        if n == 0:
            raise ValueError("bottom")
        raise ExceptionGroup(f"level {n}", [level_safe(n - 1), TypeError(n)])
    def level_safe(n):
        try:
            level(n)
        except Exception as e:
            return e
    level(12)
show(deep)
def wide_nested():
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(i) for i in range(17)]), KeyError("k")])
show(wide_nested)
def with_tb():
    def f(i):
        raise ValueError(i)
    errs = []
    for i in range(2):
        try:
            f(i)
        except ValueError as e:
            errs.append(e)
    raise ExceptionGroup("collected", errs)
show(with_tb)
def chained_inside():
    try:
        raise KeyError("inner ctx")
    except KeyError as k:
        e = ValueError("with ctx")
        e.__context__ = k
    try:
        raise RuntimeError("cause")
    except RuntimeError as r:
        e2 = TypeError("with cause")
        e2.__cause__ = r
    raise ExceptionGroup("chains", [e, e2])
show(chained_inside)
def except_star_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("handled", repr(g))
        raise
show(except_star_reraise)
def except_star_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new in handler")
    except* TypeError:
        raise IndexError("another")
show(except_star_new)
def except_star_bare_exc():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print(type(g).__name__, g.exceptions, g.message)
        raise
show(except_star_bare_exc)
def except_star_unmatched():
    try:
        raise OSError(2, "nope")
    except* ValueError:
        print("unreached")
show(except_star_unmatched)
def split_derive():
    class MyEG(ExceptionGroup):
        def derive(self, excs):
            return MyEG(self.message + "!", excs)
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print(type(g).__name__, g.message)
show(split_derive)
def eg_str_repr():
    g = ExceptionGroup("msg", [ValueError(1), ExceptionGroup("n", [KeyError(2)])])
    print(str(g), repr(g), g.message, len(g.exceptions))
    m, r = g.split(KeyError)
    print(repr(m), repr(r))
    print(repr(g.subgroup(lambda e: isinstance(e, ValueError))))
    print(BaseExceptionGroup("x", [ValueError()]).__class__.__name__)
    try:
        ExceptionGroup("x", [KeyboardInterrupt()])
    except TypeError as t:
        print(t)
    try:
        except_star_in_syntax = compile("try:\n  pass\nexcept* (ValueError, ExceptionGroup):\n  pass", "s", "exec")
        exec(except_star_in_syntax)
    except Exception as e:
        print(type(e).__name__, e)
show(eg_str_repr)
