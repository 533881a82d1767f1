import sys
print(__name__, __spec__, __package__)
print(__file__.rsplit("/", 1)[-1])
print(sys.modules["__main__"].__name__)
print(__cached__)
