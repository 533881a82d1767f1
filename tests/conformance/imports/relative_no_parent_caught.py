try:
    from .x import y
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import z
except ImportError as e:
    print(type(e).__name__, e)
