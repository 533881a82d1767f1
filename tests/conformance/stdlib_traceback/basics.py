import sys
import traceback


def inner(x):
    return x['missing'] + 1


def outer():
    return inner({})


try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'), end='')
    lines = traceback.format_exception(*sys.exc_info())
    print(len(lines), lines[0], end='')
    print(traceback.format_exception_only(sys.exc_info()[1]))
    e = sys.exc_info()[1]
    summary = traceback.extract_tb(e.__traceback__)
    print([(f.lineno, f.name, f.line) for f in summary])
    print(repr(summary[-1]).replace(__file__, 'FILE'), len(summary), summary[0].line)
    name, line = summary[-1][2], summary[-1][3]
    print(name, line)
    print([lineno for _, lineno in traceback.walk_tb(e.__traceback__)])

try:
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise ValueError('bad value') from exc
except ValueError as e:
    out = ''.join(traceback.format_exception(e)).replace(__file__, 'FILE')
    print(out, end='')
    print(traceback.format_exception_only(e), traceback.format_exception_only(ValueError, e))

try:
    [][1]
except IndexError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc()

print(traceback.format_exception_only(KeyError('k')))
print(traceback.format_exc())
err = RuntimeError('detached')
print(traceback.format_exception(err))
print(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 9, '<module>', '')]))
te = traceback.TracebackException.from_exception(err)
print(list(te.format_exception_only()), str(te), te.exc_type.__name__)


def show_stack():
    stack = traceback.extract_stack()
    print([(f.name, f.lineno) for f in stack][-2:])


def call_show():
    show_stack()


call_show()
sys.stderr.flush()
