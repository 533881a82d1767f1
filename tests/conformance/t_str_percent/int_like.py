class I:
    def __index__(self):
        return 65
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 9
print("%d %x %c %o" % (I(), I(), I(), I()))
print("%f %e %g" % (F(), F(), F()))
print("%d %x" % (3.99, 255) if False else "%d" % 3.99, "%i" % -2.5, "%d" % True, "%x" % True)
for fmt in ("%d", "%x"):
    try:
        print(fmt % N())
    except TypeError as e:
        print(e)
print("%.3f %d" % (True, 2 ** 70))
