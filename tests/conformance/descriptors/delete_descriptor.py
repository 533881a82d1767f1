class Guarded:
    def __get__(self, obj, owner):
        return "value"
    def __delete__(self, obj):
        print("__delete__ called")

class K:
    g = Guarded()

k = K()
print(k.g)
del k.g
print(k.g)
try:
    k.g = 1
except AttributeError as e:
    print("AttributeError", e)
print(k.__dict__)
