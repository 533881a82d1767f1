print(() is (), tuple() is (), (1,)[1:] is (), () + () is (), tuple([]) is ())
x = ()
print(x is (), id(()) == id(tuple()))
class T(tuple): pass
print(T() is ())
