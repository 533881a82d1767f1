# The site builtins exit() and quit() raise SystemExit with their argument.
print(repr(exit), repr(quit), type(exit).__name__)
for f, arg in ((exit, 3), (quit, "bye"), (exit, None)):
    try:
        f(arg)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
try:
    quit()
except SystemExit as e:
    print(repr(e.code), e.args)
exit("leaving with a message")
