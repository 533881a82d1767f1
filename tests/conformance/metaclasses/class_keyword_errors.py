try:
    class A(object, unexpected=True):
        pass
except TypeError as e:
    print(e)

class M(type):
    pass
try:
    class B(metaclass=M, other=1):
        pass
except TypeError as e:
    print(e)

def not_a_class(name, bases, ns):
    return f"made {name} with {sorted(k for k in ns if not k.startswith('__'))}"
class C(metaclass=not_a_class):
    x = 1
print(C)
