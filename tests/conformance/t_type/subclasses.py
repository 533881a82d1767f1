class Base: pass
class S1(Base): pass
class S2(Base): pass
class S3(S1): pass
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in S1.__subclasses__()], S3.__subclasses__())
print(bool in int.__subclasses__(), Base.__base__, S3.__base__, S3.__bases__, object.__base__)
