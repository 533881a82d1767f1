e = OSError(1, "x")
print(type(e).__name__, e.errno, e, e.args)
e = OSError(2, "No such file", "f")
print(type(e).__name__, e.errno, e.filename, e, e.args)
print(type(OSError(99, "y")).__name__, type(OSError("msg")).__name__, str(OSError("msg")), OSError().errno)
class My(OSError): pass
print(type(My(2, "z")).__name__, My(2, "z"))
try:
    raise FileExistsError(17, "File exists", "p")
except OSError as e:
    print(e, e.errno, e.strerror, e.filename)
