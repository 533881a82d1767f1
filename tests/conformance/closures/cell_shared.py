def pair():
    value = []
    def push(v):
        value.append(v)
    def pop():
        return value.pop()
    def peek():
        return list(value)
    return push, pop, peek

push, pop, peek = pair()
push(1); push(2); push(3)
print(peek(), pop(), peek())
print(push.__closure__[0] is pop.__closure__[0])

def rebinder():
    v = 0
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
g, s = rebinder()
print(g()); s(42); print(g())
