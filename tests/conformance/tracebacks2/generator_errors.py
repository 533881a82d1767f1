# Errors around generators and coroutines: StopIteration inside, close(), throw(), yield from,
# already running, exhausted, send to a just-started generator.
import sys
def show(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
def gen():
    yield 1
    return 2
def stop_in_gen():
    def g():
        yield 1
        next(iter([]))
    list(g())
show(stop_in_gen)
def async_stop():
    async def c():
        raise StopIteration
    c().send(None)
show(async_stop)
def gen_close():
    def g():
        try:
            yield 1
        finally:
            raise ValueError("in finally during close")
    x = g(); next(x); x.close()
show(gen_close)
def throw_type():
    def g():
        yield 1
    x = g(); next(x); x.throw(ValueError, "legacy args")
show(throw_type)
def yield_from_throw():
    def inner():
        yield 1
    def outer():
        yield from inner()
    x = outer(); next(x); x.throw(KeyError("thrown"))
show(yield_from_throw)
def running():
    def g():
        x.send(None)
        yield
    global x
    x = g(); next(x)
show(running)
def exhausted():
    g = (i for i in [1]); next(g); next(g)
show(exhausted)
def send_nonnone():
    def g(): yield
    g().send(5)
show(send_nonnone)
def genexpr_err():
    sum(1 / i for i in [1, 0])
show(genexpr_err)
def nested_gen_frames():
    def a():
        yield from b()
    def b():
        yield from c()
    def c():
        yield 1
        raise IndexError("deep in c")
    for _ in a():
        pass
show(nested_gen_frames)
