class A:
    pass
a = A()
print(a.__eq__(a), a.__eq__(1), a.__ne__(1), a.__lt__(a), object.__eq__(1, 1), a.__hash__() == hash(a), a.__sizeof__() > 0 if False else "size-skip")
print(a.__reduce_ex__ is not None, a.__dir__ is not None, "__class__" in dir(a), a.__str__() == a.__repr__(), type(a.__init_subclass__).__name__)
print(A.__dict__["__module__"], A.__module__, type(A.__dict__).__name__, "__weakref__" in A.__dict__)
