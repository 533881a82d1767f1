class A(a[0] := 1):
    pass
