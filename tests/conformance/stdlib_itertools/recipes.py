import collections
import functools
import operator
from itertools import (accumulate, batched, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, pairwise, permutations, product, repeat, starmap, tee, zip_longest,
                       takewhile, dropwhile)

def take(n, iterable):
    return list(islice(iterable, n))

def tabulate(function, start=0):
    return map(function, count(start))

def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)

def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def running_mean(xs):
    return [t / n for n, t in enumerate(accumulate(xs), 1)]

print(take(5, tabulate(lambda x: x * x)))
it = iter(range(10))
consume(it, 3)
print(next(it), nth(range(10), 4), nth("ab", 5, "none"))
it2 = iter(range(5)); consume(it2); print(list(it2))
print(all_equal("aaaa"), all_equal("aaab"), all_equal(""), quantify([1, 0, 2, 0], bool))
print(list(ncycles("ab", 3)), list(flatten([[1, 2], [3], []])))
print(list(sliding_window("ABCDEFG", 4)))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError", e)
print(list(roundrobin("ABC", "D", "EF")))
odds, evens = partition(lambda x: x % 2 == 0, range(10))
print(list(odds), list(evens))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
d = {1: "a", 2: "b"}
print(list(iter_except(d.popitem, KeyError)))
print(first_true([0, None, 3, 4]), first_true([], "dflt"), first_true([1, 2, 3], pred=lambda x: x > 1))
print(dotproduct([1, 2, 3], [4, 5, 6]), running_mean([1, 2, 3, 4]))
print(list(starmap(operator.pow, zip(range(5), repeat(3)))))
print(take(4, compress(count(), cycle([1, 0, 0]))))
print(list(pairwise(accumulate(range(6)))), list(batched(permutations("abc", 2), 4)))
print(functools.reduce(operator.add, product("ab", repeat=2), ()), sorted(set(map("".join, permutations("aab")))))
print([list(g) for k, g in groupby(sorted("mississippi"))], [(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(list(takewhile(str.isupper, "ABcD")), list(dropwhile(str.isupper, "ABcD")), list(zip_longest("ab", "xyz", "1")))
a, b, c = tee(count(), 3)
print(take(3, a), take(2, b), take(4, c), take(2, a))
