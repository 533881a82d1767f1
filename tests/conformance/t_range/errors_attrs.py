for args in ((), (1, 2, 3, 4), (1.5,), (0, 5, 0), ("5",), (None,)):
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r = range(1, 10, 2)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
try:
    r.start = 0
except AttributeError as e:
    print(e)
class I:
    def __index__(self):
        return 3
print(range(I()), list(range(True)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
