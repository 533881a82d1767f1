import sys
print(type(sys.path).__name__, sys.path[0] == __file__.rsplit("/", 1)[0])
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__)
print(sys.dont_write_bytecode, sys.pycache_prefix)
print(sys.flags.dont_write_bytecode, sys.flags.verbose)
print(isinstance(sys.implementation.cache_tag, str), "." not in sys.implementation.cache_tag)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(type(sys.modules).__name__, sys.modules["sys"] is sys)
