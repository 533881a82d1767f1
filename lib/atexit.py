"""Functions to run when the interpreter exits (pyvm's own atexit module).

pyvm calls ``_run_exitfuncs`` after the main program ends (normally, by an uncaught exception
or by ``sys.exit``), before it releases the main module's globals, as CPython does.
"""

__all__ = ["register", "unregister"]

_handlers = []


def register(func, /, *args, **kwargs):
    """Register func to be called with args and kwargs at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    """Call the registered functions, last registered first; report their exceptions."""
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException:
            import traceback
            traceback.print_exc()



def _pop():
    """The newest registration, removed (pyvm's exit sequence calls it)."""
    return _handlers.pop()
