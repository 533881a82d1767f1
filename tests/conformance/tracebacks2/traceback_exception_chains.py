# traceback with chains and groups: chain=False, limit, TracebackException cause/context
# (each exception described once) and exceptions of a group.
import traceback, sys
def a():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    a()
except ValueError as e:
    exc = e
print("".join(traceback.format_exception(exc, chain=False)))
print("".join(traceback.format_exception(exc, limit=1)))
te = traceback.TracebackException.from_exception(exc)
print(type(te.__cause__).__name__, te.__cause__.exc_type.__name__, te.__context__ is not None, te.__suppress_context__)
print([f.name for f in te.stack], [f.lineno for f in te.stack])
print(list(te.format_exception_only()))
traceback.print_exception(exc, limit=-1, file=sys.stdout)
g = ExceptionGroup("grp", [exc, KeyError("k")])
traceback.print_exception(g, file=sys.stdout)
traceback.print_exception(g, chain=False, file=sys.stdout)
print(traceback.format_exception_only(g))
te = traceback.TracebackException.from_exception(g)
print(len(te.exceptions) if te.exceptions is not None else None)
