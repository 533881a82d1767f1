r = range(10)
print(5 in r, 5.0 in r, 5.5 in r, True in r, "5" in r, None in r, 10 in r, -1 in r, (2 ** 70) in range(2 ** 71), 3.0 in range(2, 5))
class Eq5:
    def __eq__(self, o):
        return o == 5
print(Eq5() in r, r.index(5), r.count(Eq5()))
