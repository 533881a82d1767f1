import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("code is", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no argument gives", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args", e.code)
print("still running")
