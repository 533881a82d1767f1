value = "module"

def outer():
    value = "outer"
    def inner():
        global value
        value = "set by inner"
        return value
    r = inner()
    return r, value

print(outer())
print(value)

def declares_then_reads():
    global fresh
    fresh = [1]
    fresh.append(2)
declares_then_reads()
print(fresh)
