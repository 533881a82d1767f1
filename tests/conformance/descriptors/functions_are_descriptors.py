def free(self, x):
    return f"free called on {type(self).__name__} with {x}"

class K:
    pass

K.method = free
k = K()
print(k.method(1))
bound = free.__get__(k, K)
print(bound(2))
print(free.__get__(None, K) is free)
print(type(bound).__name__)
k.attr_func = free
try:
    k.attr_func(3)
except TypeError as e:
    print(e)
print(k.attr_func(k, 3))
sm = staticmethod(free)
print(sm.__get__(k)(k, 4))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(k)())
