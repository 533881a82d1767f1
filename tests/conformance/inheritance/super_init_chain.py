class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
        self.base_done = True

class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        self.left = left
        super().__init__(**kw)

class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        self.right = right
        super().__init__(**kw)

class Both(Left, Right):
    def __init__(self, **kw):
        print("Both init")
        super().__init__(**kw)

b = Both(left=1, right=2, extra=3)
print(b.left, b.right, b.base_done)
print([c.__name__ for c in Both.__mro__])
