for f in (lambda: len(obj=[1]), lambda: abs(x=1), lambda: sorted([1], [2]), lambda: divmod(a=1, b=2), lambda: repr(object=1), lambda: chr(i=65), lambda: ord(c="a"), lambda: hex(number=1), lambda: sum([1], 0, 0), lambda: isinstance(obj=1, class_or_tuple=int)):
    try:
        print(f())
    except TypeError as e:
        print(e)
