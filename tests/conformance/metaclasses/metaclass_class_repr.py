class Meta(type):
    pass
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(A, repr(A), str(A), [A, B], {"k": B}, f"{A}", "%s %r" % (A, B), Meta, type(A))
class Pretty(type):
    def __repr__(cls):
        return f"<Pretty {cls.__name__}>"
class C(metaclass=Pretty):
    pass
print(C, [C], str(C))
print(type.__repr__(A), type.__repr__(int), repr(type), type.__dict__["__repr__"])
try:
    type.__repr__(5)
except TypeError as e:
    print("TypeError")
