"""Every statement form of the ASDL."""
import os
import os.path as osp, sys
from . import sibling
from .. import parent as p
from ...pkg.mod import (a, b as c,)
from __future__ import annotations
from mod import *


def plain():
    pass


def with_args(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a


def posonly(a, b, /, c, *, d):
    return


class Empty:
    ...


class Derived(Base, metaclass=Meta, **extra):
    attr: int = 3
    other: "str"

    def method(self):
        del self.attr, self[0], self[1:2]


x = 1
x = y = z = 2
a, b = b, a
[a, *rest] = items
(a.b, c[d]) = 1, 2
x += 1
x -= 1
x *= 1
x @= m
x /= 1
x %= 1
x **= 2
x <<= 1
x >>= 1
x |= 1
x ^= 1
x &= 1
x //= 1
x: int
(x): int = 1
x.y: list[int] = []
x[0]: int = 0

for i in range(10):
    if i % 2:
        continue
    elif i > 7:
        break
    else:
        pass
else:
    print("done")

for a, b in pairs: print(a, b)

while x:
    x -= 1
else:
    x = None

while True:
    break

if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

with open("f") as f, lock:
    pass

with (open("a") as a, open("b") as b,):
    pass

with (yield):
    pass

try:
    risky()
except ValueError:
    raise
except (TypeError, KeyError) as e:
    raise RuntimeError("bad") from e
except:
    raise ValueError
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError:
    pass
except* (TypeError, OSError) as eg:
    pass

assert x
assert x, "message"


def scopes():
    global g1, g2
    x = 1

    def inner():
        nonlocal x
        x = 2

    return inner


x; y; z

try:
    pass
except* Exception:
    pass
else:
    pass
finally:
    pass
