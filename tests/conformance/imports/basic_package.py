import ipk
print(ipk.X, ipk.a.A)
print(ipk.__name__, ipk.__package__)
print(ipk.a.where())
import ipk
print("second import prints nothing")
