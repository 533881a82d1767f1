class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

m = Money(12345)
print(f"{m}")
print(f"{m:c}")
print(f"{m:>12.1f}|")
print(format(m), format(m, "c"))
print("{:c} and {}".format(m, m))

class NoFormat:
    pass
try:
    format(NoFormat(), "d")
except TypeError as e:
    print(e)
print(format(NoFormat(), "").startswith("<__main__.NoFormat"))
