import itertools as it

calls = [
    lambda: it.count("a"), lambda: it.count(1, "a"), lambda: it.count(1, 2, 3),
    lambda: it.cycle(), lambda: it.cycle(1), lambda: it.cycle([1], 2),
    lambda: it.repeat(), lambda: it.repeat(1, "a"),
    lambda: it.accumulate(), lambda: it.accumulate(1), lambda: list(it.accumulate([1, 2], 1)),
    lambda: it.batched([1], 0), lambda: it.batched([1]), lambda: it.batched(1, 2),
    lambda: list(it.chain(1)), lambda: it.chain(a=1), lambda: it.chain.from_iterable(),
    lambda: it.chain.from_iterable(1),
    lambda: it.compress([1]), lambda: it.compress(1, [1]), lambda: it.compress(),
    lambda: it.dropwhile(None), lambda: it.filterfalse(None), lambda: it.takewhile(1),
    lambda: it.groupby(), lambda: it.groupby(1),
    lambda: it.islice([1]), lambda: it.islice(), lambda: it.islice([1], -1), lambda: it.islice([1], "a"),
    lambda: it.islice([1], 1, 2, 0), lambda: it.islice([1], 1, 2, -1), lambda: it.islice([1], -1, 2),
    lambda: it.islice([1], 1, 2, 3, 4), lambda: it.islice([1], 1.5), lambda: it.islice(1, 2),
    lambda: it.pairwise(), lambda: it.pairwise(1),
    lambda: it.starmap(1), lambda: it.starmap(len, 1), lambda: list(it.starmap(len, [1])),
    lambda: it.starmap(),
    lambda: it.tee(1), lambda: it.tee([1], -1), lambda: it.tee([1], "a"),
    lambda: it.zip_longest(1), lambda: it.zip_longest([1], [2], 3),
    lambda: it.product(1), lambda: it.product([1], repeat=-1), lambda: it.product([1], foo=1),
    lambda: it.permutations(1), lambda: it.permutations([1], -1), lambda: it.permutations([1], "a"),
    lambda: it.combinations([1]), lambda: it.combinations([1], -1), lambda: it.combinations(1, 2),
    lambda: it.combinations_with_replacement([1], -1), lambda: it.combinations_with_replacement([1]),
    lambda: next(it.islice([], 3)), lambda: next(it.chain()),
]
for i, f in enumerate(calls):
    try:
        r = f()
    except Exception as e:
        print(i, type(e).__name__, e)
    else:
        print(i, "ok", type(r).__name__)
