class K:
    A = "a"

cfg = {"a": 1, 1: "one", None: "none", True: "t"}
match cfg:
    case {K.A: x, 1: y, None: z}:
        print(x, y, z)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest", rest)
match {"a": 1, "b": 2, "c": 3}:
    case {"b": 2, **rest}:
        print("rest", sorted(rest.items()))
try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "<m>", "exec")
except SyntaxError as e:
    print(e.msg)
