class A:
    pass
class B:
    def __repr__(self):
        return "B()"
class C:
    def __str__(self):
        return "C-str"
print(repr(B()), str(B()), str(C()), repr(C()).startswith("<__main__.C object at 0x"), repr(A()).startswith("<__main__.A object at"), f"{B()}", f"{C()!s}")
