e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(f())
