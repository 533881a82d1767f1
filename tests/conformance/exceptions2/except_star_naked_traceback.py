# A naked exception caught by except* is wrapped in a group with no traceback of its own.
import traceback
def f():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print(g.__traceback__, g.exceptions[0].__traceback__ is not None)
        raise
try:
    f()
except ExceptionGroup as e:
    print(len(traceback.extract_tb(e.__traceback__)))
def h():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        raise g
try:
    h()
except ExceptionGroup as e:
    print(len(traceback.extract_tb(e.__traceback__)))
    traceback.print_exc()
