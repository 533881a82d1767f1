def f():
    import ipk.a
    from ipk.b import B
    return ipk.a.A, B
print(f())
print("ipk" in globals())
def g():
    import ipk.sub.deep as d
    return d.__name__
print(g())
