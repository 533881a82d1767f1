print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]), "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3j))
print("{{}} {{{0}}}".format(7), "{!r} {!s} {!a}".format("é", "é", "é"), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{0:{1}}|".format(3.14159, ".2f"), "{:{w}.{p}f}".format(2.71828, w=10, p=3), "{0}{0}".format("ab"))
class P:
    x = 5
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{0.x} {0:abc} {0!s:>3}".format(P()) if False else "{0.x} {0:abc}".format(P()))
