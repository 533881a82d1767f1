class A:
    def m(self):
        return "A.m"

class B(A):
    def m(self):
        return super().m() + "|B.m"
    def missing(self):
        return super().nothing()

b = B()
print(b.m())
try:
    b.missing()
except AttributeError as e:
    print(e)

def no_class():
    return super()
try:
    no_class()
except RuntimeError as e:
    print(e)

class C:
    @staticmethod
    def s():
        return super()
try:
    C.s()
except RuntimeError as e:
    print(e)
