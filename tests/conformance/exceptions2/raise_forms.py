# raise forms and their errors: bare raise without an exception, non-exceptions, from a class,
# __new__ returning a non-exception, with_traceback, __str__ returning a non-str, KeyError keys.
import sys
def show(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
def bare():
    raise
show(bare)
def non_exc():
    raise 5
show(non_exc)
def non_exc_class():
    raise int
show(non_exc_class)
def from_class():
    raise ValueError("v") from KeyError
show(from_class)
def from_none_class():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError from None
show(from_none_class)
def init_kwargs():
    class E(Exception):
        def __init__(self, a, *, b):
            super().__init__(a, b)
    raise E(1, b=2)
show(init_kwargs)
def new_returns_other():
    class E(Exception):
        def __new__(cls, *a):
            return 5
    raise E()
show(new_returns_other)
def exc_with_tb():
    try:
        raise ValueError("a")
    except ValueError as e:
        tb = e.__traceback__
    raise TypeError("b").with_traceback(tb)
show(exc_with_tb)
def str_returns_nonstr():
    class E(Exception):
        def __str__(self): return 42
    raise E()
show(str_returns_nonstr)
def repr_in_keyerror():
    class K:
        def __repr__(self): return "K<>"
    {}[K()]
show(repr_in_keyerror)
def tuple_key():
    {}[(1, 2)]
show(tuple_key)
def exc_args_modified():
    try:
        raise ValueError("orig")
    except ValueError as e:
        e.args = ("changed", 2)
        raise
show(exc_args_modified)
def stopiter_value():
    def g():
        return 5
        yield
    it = g()
    try:
        next(it)
    except StopIteration as s:
        print("value", s.value, s.args)
show(stopiter_value)
def system_exit_caught():
    try:
        sys.exit("msg")
    except SystemExit as e:
        print("code", repr(e.code))
    try:
        sys.exit(1, 2)
    except TypeError as t:
        print(t)
show(system_exit_caught)
