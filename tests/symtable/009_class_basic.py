class C(Base, metaclass=M):
    x = 1
    def m(self):
        return x
    y = x
