import sys, builtins
import ipk, ipk_ns
print(repr(ipk))
print(repr(ipk.a))
print(repr(sys), repr(builtins))
print(repr(ipk_ns))
r = repr(ipk.__spec__)
print(r[:r.index(" object at ")], r[r.index(">, "):])
