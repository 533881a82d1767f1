import logging
import sys

fmt = logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s")
out = logging.StreamHandler(sys.stdout)
out.setLevel(logging.INFO)
out.setFormatter(fmt)
err = logging.StreamHandler()
err.setLevel(logging.ERROR)
err.setFormatter(logging.Formatter("%(levelname)s in %(funcName)s at line %(lineno)d: %(message)s"))

app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
app.addHandler(out)
app.addHandler(err)

def handle(n):
    app.debug("debugging %d", n)
    app.info("handling %d", n)
    if n > 1:
        app.error("too big: %d", n)

for n in range(3):
    handle(n)

db = logging.getLogger("app.db")
db.setLevel(logging.WARNING)
db.info("not shown")
db.warning("slow query %.1fs", 2.5)
print(db.hasHandlers(), logging.getLogger("other").hasHandlers(), app.handlers)
app.removeHandler(err)
app.critical("only stdout now")
print(sorted(n for n in logging.root.manager.loggerDict))
print(logging.getLogger("app").getChild("db") is db, db.getChild("x").name)
print([logging.getLevelName(l) for l in (0, 10, 20, 30, 40, 50, 60)])
print(logging.WARN, logging.FATAL, logging.getLevelNamesMapping()["WARN"])
logging.getLogger("nohandler").warning("to the last resort")
logging.getLogger("nohandler").info("dropped by the last resort")
logging.getLogger("nohandler").error("error %s", {"a": 1})
