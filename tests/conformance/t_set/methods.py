a = {1, 2, 3}
print(a.union([4], (5,)), a.intersection([2, 3, 9], {3}), a.difference([1], [2]), a.symmetric_difference([3, 4]), a.issubset(range(5)), a.issuperset([1]), a.union(), a.intersection())
c = a.copy()
c.update([10], {11})
print(sorted(c))
c.intersection_update(range(4), [1, 2, 11])
print(c)
c.difference_update([1])
print(c)
c.symmetric_difference_update([2, 7])
print(c)
try:
    a.union(5)
except TypeError as e:
    print(e)
