def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1, 2, 3))
print(total(*range(5)))
print(total(*[1, 2], 3, *(4, 5)))

def first_rest(first, *rest):
    return first, rest

print(first_rest(1))
print(first_rest(1, 2, 3))
try:
    first_rest()
except TypeError as e:
    print("TypeError:", e)
