def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(e)

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
e = echo()
next(e)
e.send("a")
e.send("b")
try:
    e.send("c")
except StopIteration as s:
    print(s.value)
