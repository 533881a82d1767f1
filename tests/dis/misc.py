import os.path
import os.path as osp
from collections import OrderedDict as OD, deque
from . import sibling

def matcher(cmd):
    match cmd:
        case [x, *rest]:
            return x
        case {"k": v, **kw}:
            return v
        case Point(x=0, y=yy) | Point(x=yy):
            return yy
        case 1 | 2 | None:
            return 0
        case str() as s if s:
            return s
        case _:
            return None

async def coro(it):
    async with it as v:
        async for i in v:
            await i
    return [j async for j in it]

g = (i * i for i in range(10) if i)
