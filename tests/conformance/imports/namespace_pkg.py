import ipk_ns.inner.mod
import ipk_ns
print(ipk_ns.inner.mod.VALUE)
print(list(ipk_ns.__path__), list(ipk_ns.inner.__path__))
print(ipk_ns.__file__, ipk_ns.__spec__.origin, ipk_ns.__spec__.has_location)
print(ipk_ns.__spec__.submodule_search_locations is not None)
print(sorted(k for k in vars(ipk_ns) if k.startswith("__")))
from ipk_ns import top
print(top.TOP)
