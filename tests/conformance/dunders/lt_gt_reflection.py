class Left:
    def __lt__(self, other):
        print("Left.__lt__")
        return NotImplemented
class Right:
    def __gt__(self, other):
        print("Right.__gt__")
        return True
print(Left() < Right())
class SubRight(Left):
    def __gt__(self, other):
        print("SubRight.__gt__ (reflected first)")
        return "sub"
print(Left() < SubRight())
class EqOnly:
    def __eq__(self, o):
        print("EqOnly.__eq__")
        return NotImplemented
print(EqOnly() == EqOnly())
print(EqOnly() != 5)
e = EqOnly()
print(e == e)
