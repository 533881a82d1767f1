a = 1
b = [1, 2, 3, 4, 5]
c = {"k": 1, "j": 2}
del a
try:
    a
except NameError as e:
    print(e)
del b[0]
print(b)
del b[1:3]
print(b)
del c["k"]
print(c)
try:
    del c["missing"]
except KeyError as e:
    print("KeyError", e)

class O:
    pass
o = O()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(e)

x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())
try:
    del undefined_name
except NameError as e:
    print(e)

def f():
    q = 1
    del q
    try:
        del q
    except UnboundLocalError as e:
        print(e)
f()
