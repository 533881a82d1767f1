from enum import Flag, IntFlag, auto, Enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), len(Perm), list(Perm.__members__))
rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), list(rw), len(rw), bool(rw))
print(repr(~Perm.R), repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(Perm(7)), list(Perm.RWX))
print(Perm.R in rw, Perm.X in rw, rw & Perm.W, repr(rw ^ Perm.R), Perm(6) is rw)
for bad in (lambda: Perm(8), lambda: Perm.R | 1, lambda: 3 in Perm.R, lambda: Perm('x')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], repr(Color.WHITE), repr(Color.RED | Color.BLUE), str(~Color.RED))
print(repr(~Color.WHITE), list(Color.WHITE), Color.GREEN in Color.WHITE)


class Io(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


print(Io.READ | Io.WRITE, repr(Io.READ | Io.WRITE), str(Io.READ | 8), repr(Io.READ | 8))
print(Io.READ + 1, type(Io.READ + 1).__name__, repr(~Io.READ), Io(0), repr(Io(0)), Io.READ == 1)
print(f'{Io.WRITE}', format(Io.EXEC, '04b'), isinstance(Io.READ, int), repr(Io(7)), list(Io(7)))
print(repr(Io.READ & 3), repr(3 & Io.READ), repr(Io.WRITE ^ 7))


class Order(Flag):
    B = 2
    A = 1
    C = 4


print(list(Order.A | Order.B | Order.C), list(Order))
