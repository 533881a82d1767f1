print({True: "a", 1: "b"}, {0: "x", False: "y"}, {1, True, 1.0}, [True, 1].count(1), (False,).index(0), True in [1], sorted([True, 0, False, 1, -1]))
print(str(True).lower(), int("1") == True, bool("False"), bool(int("0")), True is bool(1), type(not 1).__name__)
