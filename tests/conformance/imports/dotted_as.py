import ipk.sub.deep as d
print(d.DEEP)
print(d.__name__, d.__package__)
import ipk.sub.deep
print(ipk.sub.deep is d)
