for a, b in ((1, "1"), (1, None), (1, [1]), (1, 1j)):
    print(a == b, a != b)
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print(1 == 1.0 == True, 2 > 1.5 >= True, (1).__lt__("x"), (1).__eq__(1.0), (1.0).__eq__(1))
