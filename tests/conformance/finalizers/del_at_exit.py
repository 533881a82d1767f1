import atexit


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("close", self.name)


def goodbye(who):
    print("atexit", who)


first = Res("first")
atexit.register(goodbye, "one")
second = Res("second")
group = [Res("g0"), Res("g1")]
mapping = {"k": Res("mapped")}
atexit.register(goodbye, who="two")
tmp = Res("deleted-early")
del tmp
print("end of main")
