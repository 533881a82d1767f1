class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A-cls:" + cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()
class C(B):
    def who(self):
        return "C>" + super(B, self).who() + "|" + super(C, self).who()
print(C().who(), C.cwho(), B().who(), super(C, C()).who(), super(B, C).cwho())
s = super(B, B())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
try:
    super(B, 1)
except TypeError as e:
    print(e)
