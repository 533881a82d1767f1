import os, os.path as p, a.b.c
from x import y as z, w
x = 1
print(x, os, undefined)
del x
