def g():
    x = yield 1
    print("got", x)
    yield 2

it = g()
try:
    it.send(5)
except TypeError as e:
    print("TypeError:", e)
print(it.send(None))
print(it.send("hi"))
try:
    it.send(3)
except StopIteration:
    print("stopped")
try:
    it.send(3)
except StopIteration:
    print("stopped again")
print(next(it, "default"))

# after failed send, generator still usable
it = g()
try:
    it.send(1)
except TypeError:
    pass
print(next(it))

# generator already executing
def selfref():
    yield me.send(None)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def selfnext():
    yield next(me2)
me2 = selfnext()
try:
    next(me2)
except ValueError as e:
    print("ValueError:", e)
print(me2.gi_running)

def running():
    print("running inside:", r.gi_running)
    yield
r = running()
print(r.gi_running)
next(r)
print(r.gi_running)
# send with no args
try:
    g().send()
except TypeError as e:
    print("TypeError:", e)
try:
    g().send(1, 2)
except TypeError as e:
    print("TypeError:", e)
