ns = {"__name__": "custom"}
exec("print(__name__)", ns)
exec("import sys; print(type(sys).__name__)", {})
exec("x = 1", globals())
print(x)
def f():
    exec("local_var = 3")
    return "local_var" in locals()
print(f())
