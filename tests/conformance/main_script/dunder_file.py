import sys
print(__file__.replace("\\", "/").rsplit("/", 1)[-1])
print(sys.argv[0])
print(len(sys.argv))
print(__spec__)
print(__package__)
print(type(__builtins__).__name__)
print(__loader__.__name__ if hasattr(__loader__, "__name__") else "loader present")
