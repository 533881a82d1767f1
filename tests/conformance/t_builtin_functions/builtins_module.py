import builtins
names = [n for n in dir(builtins) if not n.startswith("_") and n[0].islower()]
print(len(names) > 60, "print" in names, builtins.len is len, builtins.True_ if hasattr(builtins, "True_") else "no True_", type(builtins).__name__, builtins.__name__)
print(sorted(n for n in ["abs", "all", "any", "ascii", "bin", "callable", "chr", "divmod", "eval", "exec", "format", "getattr", "hash", "hex", "id", "input", "isinstance", "len", "max", "min", "next", "oct", "ord", "pow", "print", "repr", "round", "sorted", "sum", "vars", "zip"] if not hasattr(builtins, n)))
import builtins as b
b.my_builtin = 42
print(my_builtin)
