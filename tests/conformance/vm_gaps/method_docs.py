import inspect
for f in [[].append, list.append, str.join, dict.fromkeys, list.__len__, int.__add__, str.split, dict.get, set.add, bytes.hex, float.fromhex, int.to_bytes, tuple.index, object.__init__, str.maketrans]:
    print(f.__qualname__, repr(f.__doc__), f.__text_signature__)
for f in [list.append, str.join, dict.get, str.split, int.to_bytes, sorted]:
    try:
        print(inspect.signature(f))
    except ValueError as e:
        print("ValueError", e)
import inspect
print(inspect.signature(tuple.index), inspect.signature((1,).index))
print(inspect.signature(list.index), inspect.signature(dict.fromkeys), inspect.signature({}.fromkeys))
