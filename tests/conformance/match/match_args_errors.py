class NoArgs:
    def __init__(self):
        self.v = 1

class TwoArgs:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2

try:
    match NoArgs():
        case NoArgs(1):
            print("no")
except TypeError as e:
    print(e)
try:
    match TwoArgs():
        case TwoArgs(1, 2, 3):
            print("no")
except TypeError as e:
    print(e)
try:
    match TwoArgs():
        case TwoArgs(1, a=1):
            print("no")
except TypeError as e:
    print(e)
try:
    match 5:
        case len():
            print("no")
except TypeError as e:
    print(e)
match TwoArgs():
    case TwoArgs(b=2, missing=3):
        print("no")
    case TwoArgs(b=2):
        print("keyword pattern on existing attribute")
