class WithBool:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("__bool__")
        return self.b

class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__")
        return self.n

class Neither:
    pass

print(bool(WithBool(False)), bool(WithLen(0)), bool(WithLen(3)), bool(Neither()))
if WithLen(2):
    print("truthy")
print(not WithBool(True))
print(len(WithLen(5)))

class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
