import inspect, sys
def f():
    return inspect.stack()
s = f()
print(type(s[0]).__name__, s[0][1].endswith("p_stack.py"), s[0][2:4], s[0].function, s[0].lineno, s[0].code_context, s[0].index)
print([fi.function for fi in s], len(s[0]))
t = inspect.getframeinfo(sys._getframe())
print(t.filename.endswith("p_stack.py"), t.lineno, t.function, t.code_context, t.index, t.positions.lineno)
try:
    1 / 0
except ZeroDivisionError as e:
    print(inspect.getframeinfo(e.__traceback__)[1:4])
