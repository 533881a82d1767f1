class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map({"a": 1, "b": 2}), "{a} {zz}".format_map(D(a=1)), "{0}".format_map({0: "zero"}) if False else "ok")
try:
    "{a}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{0}".format_map({"0": 1})
except Exception as e:
    print(type(e).__name__, e)
