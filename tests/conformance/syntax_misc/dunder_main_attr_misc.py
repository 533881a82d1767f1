print(__name__)
print(__debug__)
print(type(__builtins__).__name__)
print(__doc__)
print(__spec__)
print(__annotations__ if "__annotations__" in dir() else "no annotations")
var: int = 1
print(__annotations__)
