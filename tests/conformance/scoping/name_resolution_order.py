name = "global"

def enclosing():
    name = "enclosing"
    def local():
        name = "local"
        return name
    def free():
        return name
    return local(), free()
print(enclosing())
print(name)

def uses_builtin():
    return abs(-3)
print(uses_builtin())

abs = lambda v: "global abs"
print(uses_builtin())
del abs
print(uses_builtin())
