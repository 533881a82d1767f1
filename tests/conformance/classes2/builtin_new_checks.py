for t in (int, float, str, tuple, list, dict, set, frozenset, range, slice, property, classmethod, staticmethod, bool):
    try:
        t.__new__(object)
    except TypeError as e: print(e)
    try:
        t.__new__(5)
    except TypeError as e: print(e)
    try:
        t.__new__()
    except TypeError as e: print(e)
