print(None, repr(None), type(None).__name__, type(None)() is None, bool(None), None == None, None is None, None == 0, str(None))
try:
    None.x
except AttributeError as e:
    print(e)
try:
    n = None
    n()
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    type(None)(1)
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
