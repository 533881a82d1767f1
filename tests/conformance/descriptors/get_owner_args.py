class Show:
    def __get__(self, obj, owner=None):
        return (type(obj).__name__, owner.__name__ if owner else None)

class K:
    s = Show()

class Sub(K):
    pass

print(K.s)
print(K().s)
print(Sub.s)
print(Sub().s)
print(K.__dict__["s"].__get__(None, K))
print(K.__dict__["s"].__get__(5))
