import logging, sys, io

log = logging.getLogger("app")
log.warning("before config %s", 1)
log.info("not shown")
logging.warning("root warning %d", 5)
logging.info("not shown either")
logging.error("err: %s", "x")
print(logging.getLogger() is logging.root, logging.root, log, logging.getLogger("app.db"))
child = logging.getLogger("app.db.conn")
print(child.parent, child.getEffectiveLevel(), child.isEnabledFor(logging.INFO))
log.setLevel(logging.DEBUG)
print(child.getEffectiveLevel(), logging.getLogger("app.db").parent.name, child.parent.name)
child.debug("debug from child")
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(levelno)d|%(message)s|%(funcName)s|%(lineno)d|%(filename)s|%(module)s"))
log.addHandler(h)
def work():
    child.info("working on %s", "job")
    log.critical("crit")
work()
print(stream.getvalue(), end="")
log.propagate = False
child.error("only to app handler")
print(stream.getvalue().splitlines()[-1])
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("failed")
    log.exception("app failed %s", "hard")
print(stream.getvalue().splitlines()[-6:])
print(logging.getLevelName(10), logging.getLevelName("WARNING"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
log.log(15, "verbose msg")
print(stream.getvalue().splitlines()[-1])
f = logging.Formatter("{levelname:>8} {name} {message}", style="{")
h.setFormatter(f)
log.info("braces")
h.setFormatter(logging.Formatter("$levelname $message", style="$"))
log.info("dollars %(a)s", {"a": 1})
print(stream.getvalue().splitlines()[-2:])
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2
h.addFilter(OnlyOdd())
for i in range(4):
    log.info("n=%d", i)
print(stream.getvalue().splitlines()[-2:])
h.filters.clear()
h.addFilter(lambda r: r.levelno >= logging.WARNING)
log.info("dropped"); log.warning("kept")
print(stream.getvalue().splitlines()[-1])
adapter = logging.LoggerAdapter(log, {"user": "bob"})
h.filters.clear()
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
adapter.info("hello")
print(stream.getvalue().splitlines()[-1], adapter)
try:
    log.info("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    logging.basicConfig(foo=1)
except ValueError as e:
    print(e)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print(e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print(e)
print(h, logging.StreamHandler(sys.stdout), logging.NullHandler(), logging.root.handlers)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print(e)
h.setFormatter(logging.Formatter("%(message)s"))
logging.disable(logging.ERROR)
log.error("disabled")
logging.disable(logging.NOTSET)
log.error("enabled again")
print(stream.getvalue().splitlines()[-1])
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 20})
print(rec.getMessage(), logging.LogRecord("n", 20, "/a/b.py", 3, "m", None, None))
logging.getLogger("quiet").addHandler(logging.NullHandler())
logging.getLogger("quiet").error("nothing")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s - %(message)s", force=True, stream=sys.stdout)
logging.debug("now debug shows")
logging.getLogger("x.y").info("child info %s %s", 1, [2])
