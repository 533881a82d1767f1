class C:
    def m(self):
        return [super().m() for _ in range(2)], [__class__ for _ in ()]
