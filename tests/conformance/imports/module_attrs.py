import sys
import ipk.b as b
import ipk
tag = sys.implementation.cache_tag
for m in (ipk, b):
    print(m.__name__, m.__package__, m.__file__)
    print(m.__cached__.replace(tag, "TAG"))
    s = m.__spec__
    print(s.name, s.parent, s.origin, s.has_location, s.submodule_search_locations)
    print(s.cached.replace(tag, "TAG"))
    print(m.__loader__ is s.loader, type(m.__loader__).__name__)
print(ipk.__path__)
print(list(b.__dict__)[:9])
print(list(ipk.__dict__)[:9])
print(type(b.__builtins__).__name__)
