import sys

def depth_probe(n=0):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n

first = depth_probe()
second = depth_probe()
print(first == second, first > 900)

def nested_structure(n):
    return [] if n == 0 else [nested_structure(n - 1)]
deep = nested_structure(500)
count = 0
while deep:
    deep = deep[0]
    count += 1
print(count)
try:
    repr(nested_structure(5000 if False else 10))
    print("repr of depth 10 ok")
except RecursionError as e:
    print(e)
