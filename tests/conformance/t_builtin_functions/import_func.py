m = __import__("math")
print(m.__name__, m.sqrt(16), type(m).__name__)
os_path = __import__("os.path")
print(os_path.__name__)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
