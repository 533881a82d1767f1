#!/usr/bin/env python3
# A module exercising indentation, blank lines and comments.

import os, sys  # trailing comment


class Shape:
    """Docstring."""

    sides = 0

    def area(self):
        # comment inside a block
        if self.sides:
            return 1
        elif not self.sides:

            return 2
          # comment at an odd column
        else:
            pass
    # comment before a dedent

def f(a, b=2, *args, c: int = 3, **kw) -> None:
    while True:
        try:
            break
        except (ValueError, TypeError) as e:
            raise
        finally:
            continue
    for i in range(3): print(i); print(-i)
    with open(os.devnull) as fh, open(os.devnull): pass
    return lambda x: x


async def g():
    await g()
    async for x in g():
        yield x
    async with g() as y:
        pass

match command:
    case [x, *rest] if x is not None:
        pass
    case {"k": _, **other}:
        pass
    case Point(x=0) | None:
        pass
type Alias[T] = list[T]
global_var: int = 1
del global_var
assert True, "msg"
nonlocal_ = global_ = None
