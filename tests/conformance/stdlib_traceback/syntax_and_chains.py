import traceback, sys
try:
    compile('x = (1,', '<src>', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
    print(traceback.format_exception_only(type(e), e)[-1], end='')
try:
    exec('def f(:\n pass')
except SyntaxError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'F'), end='')
def a(): b()
def b(): c()
def c(): raise RuntimeError('deep')
try:
    a()
except RuntimeError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
    print(traceback.format_tb(e.__traceback__)[-1].replace(__file__, 'F'), end='')
    print(len(traceback.format_tb(e.__traceback__)), len(traceback.format_tb(e.__traceback__, limit=2)))
e = ValueError('with note')
e.add_note('a note')
print(traceback.format_exception_only(e))
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise TypeError('outer')
except TypeError as t:
    print(''.join(traceback.format_exception(t)).replace(__file__, 'F'), end='')
    print(''.join(traceback.format_exception(t, chain=False)).replace(__file__, 'F'), end='')
    print(t.__context__, t.__suppress_context__)
