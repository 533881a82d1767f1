import sys
print("line one")
print("to stderr", file=sys.stderr)
print("line two")
raise SystemError("custom system error")
