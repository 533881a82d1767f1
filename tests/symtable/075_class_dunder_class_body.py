class C:
    x = __class__
    def m(self):
        __class__ = 1
        return __class__
