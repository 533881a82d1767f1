import ipk
print(hasattr(ipk, "b"))
import ipk.b
print(hasattr(ipk, "b"), ipk.b.B)
print("b" in dir(ipk), "a" in dir(ipk))
