def f():
    exec("inner_var = 42")
    try:
        return inner_var
    except NameError as e:
        return "NameError: " + str(e)
print(f())

def g():
    ns = {}
    exec("inner_var = 42", globals(), ns)
    return ns["inner_var"]
print(g())

def h():
    local_value = "visible"
    return eval("local_value")
print(h())

counter = 0
exec("counter += 1")
print(counter)

code = "def inner():\n    return outer_value\n"
ns = {"outer_value": "from ns globals"}
exec(code, ns)
print(ns["inner"]())
