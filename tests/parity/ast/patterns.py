# Every kind of match pattern.
match command:
    case 1:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "text" "concat":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case [a, *_]:
        pass
    case []:
        pass
    case ():
        pass
    case a, b:
        pass
    case {"key": value, 1: other, **rest}:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=yy):
        pass
    case Point(1, y=2):
        pass
    case mod.Cls(a, b=c):
        pass
    case 1 | 2 | 3:
        pass
    case [1 | 2] as pair:
        pass
    case (x):
        pass
    case x if x > 0:
        pass
    case str() as s:
        pass
    case _:
        pass

match x, y:
    case (1, 2) | (3, 4):
        pass

match (yield_value):
    case [*_, last]:
        pass

match = 1
case = 2
match.attr = 3
_ = 4
