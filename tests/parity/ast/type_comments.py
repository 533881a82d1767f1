# Type comments and type: ignore tags.
x = []  # type: List[int]
a, b = 1, 2  # type: int, int


def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass


def g(x, y):
    # type: (int, str) -> bool
    return True


def h(x):  # type: (int) -> int
    return x


for i in range(3):  # type: int
    pass

with open("f") as fh:  # type: IO[str]
    pass

async def co():
    async for item in source():  # type: int
        pass
    async with lock:  # type: None
        pass

import os  # type: ignore
import sys  # type: ignore[import]
y = 1  # type: ignore[misc, assignment]
z = 2  # not a type comment


async def typed_async(a, b):
    # type: (int, int) -> int
    return a + b
