r = range(1, 20, 4)
print(r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, 9.0 in r, r.count(9.0), True in r, "x" in r)
for v in (10, 9.5, "a"):
    try:
        print(r.index(v))
    except ValueError as e:
        print(e)
class E:
    def __eq__(self, o):
        return o == 13
print(E() in r, r.count(E()), r.index(E()))
