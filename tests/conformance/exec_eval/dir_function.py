import sys
x_value = 1
def probe():
    local1 = 1
    local2 = 2
    return dir()
print(probe())
print([n for n in dir() if not n.startswith("__")])
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
print(dir(sys) == sorted(dir(sys)))
class A:
    def a(self): pass
class B(A):
    def b(self): pass
print([n for n in dir(B) if not n.startswith("__")])
