import enum, random
random.seed(21)
class F(enum.Flag):
    A = 1
    B = 2
    C = 4
    D = 16
    AB = 3
class I(enum.IntFlag):
    X = 1
    Y = 4
    Z = 8
class K(enum.Flag, boundary=enum.KEEP):
    P = 1
    Q = 2
class Cf(enum.Flag, boundary=enum.CONFORM):
    P = 1
    Q = 4
for i in range(150):
    cls = random.choice([F, I, K, Cf])
    v = random.randint(-40, 40)
    try:
        m = cls(v)
        other = cls(random.choice([0, 1, 2, 4]) & (cls._flag_mask_ if hasattr(cls, '_flag_mask_') else 7)) if cls is not F else random.choice(list(F))
        print(cls.__name__, v, repr(m), str(m), bool(m), len(m), list(m), repr(~m), repr(m | other), repr(m & other), repr(m ^ other), other in m)
    except (ValueError, TypeError) as e:
        print(cls.__name__, v, type(e).__name__, e)
