class H:
    def __hash__(self):
        return -1
class Big:
    def __hash__(self):
        return 2 ** 70
class Flt:
    def __hash__(self):
        return 1.5
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o):
        return True
print(hash(H()), hash(Big()), hash(Big()) == hash(2 ** 70))
for o in (Flt(), NoHash(), EqOnly()):
    try:
        print(hash(o))
    except TypeError as e:
        print(e)
print(EqOnly.__hash__, type(H.__hash__).__name__)
