class A:
    x = "A.x"
    def who(self):
        return "A"
class B(A):
    pass
class C(B):
    x = "C.x"
print(B.x, C.x, C().who(), B.__dict__.get("x"), hasattr(B, "who"), "who" in B.__dict__, C.__base__.__base__.__name__)
A.x = "changed"
print(B.x, C.x)
