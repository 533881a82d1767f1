print("before")
from . import something
print("not reached")
