def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("finally")
g = gen()
print(next(g), g.throw(ValueError("boom")))
g.close()
print(g.gi_frame)
g2 = gen()
g2.close()
print(list(g2))
try:
    gen().send(5)
except TypeError as e:
    print(e)
g3 = gen()
next(g3)
try:
    g3.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
