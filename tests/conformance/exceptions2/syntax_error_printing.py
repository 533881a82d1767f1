# How the interpreter prints a SyntaxError's location for unusual offsets (tabs, out of range
# offsets, multi-line ends, subclasses that ignore the end), compared with the traceback module.
import sys
import traceback

cases = [
    (7, 5, 'if x = 3:\n', 7, 10),
    (7, 5, 'if x = 3:\n', 7, 11),
    (7, 1, '  if x = 3:\n', 7, 4),
    (7, 0, 'if x = 3:\n', 7, 4),
    (7, 3, 'if x = 3:\n', 7, 2),
    (7, 3, 'if x = 3:\n', 8, 2),
    (7, 3, 'if x = 3:\n', None, None),
    (7, 3, 'if x = 3:\n', 7, -1),
    (7, 3, '\tif x:\n', 7, 5),
    (7, 12, 'if x = 3:\n', 7, 14),
    (None, 3, 'abc\n', None, None),
    (7, None, 'abc\n', None, None),
]


class MyError(SyntaxError):
    pass


for c in cases:
    for cls in (SyntaxError, MyError):
        try:
            raise cls('custom', ('prog.py',) + c)
        except SyntaxError as e:
            sys.excepthook(type(e), e, None)
            print(''.join(traceback.format_exception_only(e)), end='')
for args in ((), (None,), ('',), ('only msg',)):
    e = SyntaxError(*args)
    sys.excepthook(type(e), e, None)
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    compile("if 1:\n\tx = = 2\n", "tabbed.py", "exec")
except SyntaxError as e:
    traceback.print_exc()
    sys.excepthook(type(e), e, None)
