def g():
    yield 1

def state(gen):
    if gen.gi_running:
        return "running"
    if gen.gi_frame is None:
        return "closed"
    if gen.gi_suspended:
        return "suspended"
    return "created"

gen = g()
print(state(gen))
next(gen)
print(state(gen))
print(gen.gi_frame is not None, gen.gi_running, gen.gi_suspended)
try:
    next(gen)
except StopIteration:
    pass
print(state(gen), gen.gi_frame)

def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))

def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(e)
