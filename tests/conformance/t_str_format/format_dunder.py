class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$%.2f" % self.v
        return format(self.v, spec)
m = Money(3.5)
print(format(m, "usd"), f"{m:usd}", "{:usd}".format(m), format(m, ">8"), f"{m}")
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print(e)
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
print(format(Plain(), "")[:7])
