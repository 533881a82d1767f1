print(int, float, str, bool, list, tuple, dict, set, frozenset, bytes, bytearray, memoryview, range, slice, complex, type, object, property, classmethod, staticmethod, super, enumerate, zip, map, filter, reversed)
print(len, print, abs, getattr, isinstance, iter, next, sorted, sum, max)
