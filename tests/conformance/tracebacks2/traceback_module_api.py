# The traceback module: extract_tb, format_*, print_*, TracebackException, walk_tb, limits.
import traceback, sys
# traceback module API
def f():
    raise ValueError("boom")
try:
    f()
except ValueError as e:
    exc = e
tb = exc.__traceback__
print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print(tb.tb_lasti >= 0)
s = traceback.extract_tb(tb)
print(len(s), s[0].name, s[1].name, s[1].line, s[1].lineno, repr(s[0]))
print(s[1].filename == __file__)
print(traceback.format_list(s))
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError, exc))
print(traceback.format_exception(exc)[0])
print(traceback.format_exception(type(exc), exc, tb)[-1])
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type, str(te), list(te.format_exception_only()))
print(''.join(te.format()))
print(te.stack[0].name, len(te.stack))
traceback.print_exception(exc)
traceback.print_exception(type(exc), exc, tb)
traceback.print_exception(exc, file=sys.stdout)
traceback.print_tb(tb)
traceback.print_tb(tb, file=sys.stdout)
print(traceback.format_tb(tb))
print(sys.exc_info())
try:
    1/0
except ZeroDivisionError:
    t, v, tb2 = sys.exc_info()
    print(t, repr(v), type(tb2).__name__)
    print(repr(traceback.format_exc()))
    print(sys.exception() is v)
print(traceback.format_exc())
traceback.print_exc()
def g():
    traceback.print_stack()
    return traceback.extract_stack()
st = g()
print(st[-1].name, st[-1].line)
print(traceback.format_exception_only(None))
print(traceback.format_exception(None, None, None))
te = traceback.TracebackException(type(exc), exc, tb, limit=1)
print(''.join(te.format()))
for line in traceback.TracebackException.from_exception(exc).format(chain=False):
    print(repr(line))
print(list(traceback.walk_tb(tb))[0][1])
