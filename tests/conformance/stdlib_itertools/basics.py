import itertools as it
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), repr(count(3)), repr(count(1, 0.5)))
c = count(7)
next(c)
print(repr(c), type(c).__name__, type(c).__module__)
print(list(islice(cycle("abc"), 8)), list(cycle([])))
print(list(repeat("x", 3)), repr(repeat(None, 2)), repr(repeat([1])), list(repeat(1, -3)))
print(list(map(pow, range(5), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(batched("abcdefg", 3)), list(batched([], 2)))
print(list(chain("ab", [1, 2], (3,))), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("aAbBb", key=str.lower)])
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice("ABC", 5)), list(islice("ABC", 3, 1)))
src = iter(range(10))
print(list(islice(src, 2, 4)), next(src))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(len(tee("abc", 3)), tee("abc", 0), [list(t) for t in tee("xy", 3)])
print(type(a).__name__)
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(product("ab", range(2))), list(product([0, 1], repeat=2)), list(product()), list(product("a", [])))
print(list(permutations(range(3))), list(permutations("ABCD", 2))[:5], list(permutations("ab", 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
print(sum(1 for _ in product(range(3), repeat=3)))
for obj in (chain(), count(), cycle(""), islice("", 1), accumulate([]), zip_longest(),
            product(), permutations(""), groupby(""), pairwise(""), starmap(len, []),
            takewhile(bool, []), dropwhile(bool, []), filterfalse(bool, []), compress("", ""),
            batched("", 1), combinations("", 0), combinations_with_replacement("", 0)):
    r = repr(obj)
    print(r[:r.index(" object at ") if " object at " in r else None], iter(obj) is obj)
print(repr(repeat(1)), repr(count(2.5)))
