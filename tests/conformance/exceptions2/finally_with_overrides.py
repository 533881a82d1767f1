# try/finally with return/break/continue overriding, exceptions in finally and __exit__,
# with-statement errors, sys.exc_info() restoring, the except variable deleted.
import sys
def show(fn):
    try:
        r = fn()
        print("returned", r)
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
def ret_in_finally():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins"
show(ret_in_finally)
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
show(break_in_finally)
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
show(continue_in_finally)
def return_override():
    try:
        return "try"
    finally:
        return "finally"
show(return_override)
def exc_in_finally_replaces():
    try:
        return 1
    finally:
        raise RuntimeError("from finally")
show(exc_in_finally_replaces)
def nested_finally_ctx():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    finally:
        print("outer finally", sys.exc_info()[0].__name__)
show(nested_finally_ctx)
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__ if t else None)
        return True
def with_suppress():
    with Suppress():
        raise ValueError("suppressed")
    return "after with"
show(with_suppress)
class Fails:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never")
def with_enter_fails():
    with Fails():
        pass
show(with_enter_fails)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("exit failed")
def with_exit_raises_during():
    with ExitRaises():
        raise ValueError("body")
show(with_exit_raises_during)
def with_exit_raises_clean():
    with ExitRaises():
        pass
show(with_exit_raises_clean)
def with_non_cm():
    with 5:
        pass
show(with_non_cm)
class OnlyEnter:
    def __enter__(self): return 1
def with_no_exit():
    with OnlyEnter():
        pass
show(with_no_exit)
def exc_info_after():
    try:
        raise ValueError("x")
    except ValueError:
        pass
    return sys.exc_info()
show(exc_info_after)
def nested_handlers():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner", sys.exc_info()[1])
        print("restored", sys.exc_info()[1])
        raise
show(nested_handlers)
def reraise_in_except_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise
show(reraise_in_except_else)
def del_exc_var():
    try:
        raise ValueError(1)
    except ValueError as e:
        pass
    return e
show(del_exc_var)
def gen_finally():
    def g():
        try:
            yield 1
        finally:
            print("gen finally")
    for x in g():
        raise KeyError("in loop")
show(gen_finally)
def while_else_exc():
    n = 0
    while n < 2:
        n += 1
    else:
        raise ValueError("else clause")
show(while_else_exc)
