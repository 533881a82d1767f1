class F(float):
    pass
f = F(2.5)
print(f, repr(f), type(f + 1).__name__, type(abs(f)).__name__, type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
class G(float):
    def __repr__(self):
        return "G!"
print(repr(G(1)), str(G(1)), "%s" % G(1), f"{G(1)}")
