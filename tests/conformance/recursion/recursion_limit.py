import sys
limit = sys.getrecursionlimit()
print("limit", limit)

depth = 0
def dive():
    global depth
    depth += 1
    dive()

try:
    dive()
except RecursionError as e:
    print(type(e).__name__, e)
    print("depth reached close to limit:", limit - 50 < depth <= limit)
print(issubclass(RecursionError, RuntimeError))
