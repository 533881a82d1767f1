# Callbacks run by functions CPython implements in C: the traceback shows no frame for them.
import traceback
import functools
import itertools
import operator
import heapq
import bisect
import collections
import datetime
import warnings


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()
    print("-" * 20)


def bad(*args):
    raise ValueError("bad callback %r" % (args,))


show(lambda: functools.reduce(bad, [1, 2, 3]))
show(lambda: functools.reduce(operator.add, []))
show(lambda: functools.partial(bad, 1)(2))
show(lambda: functools.lru_cache(maxsize=4)(bad)(3))
show(lambda: functools.cache(bad)(4))
show(lambda: sorted([3, 1, 2], key=functools.cmp_to_key(bad)))
show(lambda: list(itertools.starmap(bad, [(1, 2)])))
show(lambda: list(itertools.accumulate([1, 2, 3], bad)))
show(lambda: list(itertools.groupby([1, 2], key=bad)))
show(lambda: list(itertools.takewhile(bad, [1])))
show(lambda: list(itertools.filterfalse(bad, [1])))
show(lambda: list(itertools.dropwhile(bad, [1])))
show(lambda: list(itertools.islice([1, 2], -1)))
show(lambda: operator.attrgetter("nope")(object()))
show(lambda: operator.itemgetter(5)([1]))
show(lambda: operator.methodcaller("nope")(1))
show(lambda: operator.add(1, "x"))


class Cmp:
    def __lt__(self, other):
        raise TypeError("no ordering here")


show(lambda: heapq.heappush([Cmp()], Cmp()))
show(lambda: heapq.heapify([Cmp(), Cmp()]))
show(lambda: heapq.heappop([]))
show(lambda: bisect.bisect([1, 2, 3], 2, key=bad))
show(lambda: bisect.insort([Cmp()], Cmp()))
show(lambda: collections.defaultdict(bad)["missing"])
show(lambda: collections.deque([1]).index(5))
show(lambda: collections.deque().pop())
show(lambda: collections.OrderedDict().popitem())
show(lambda: datetime.date(2024, 13, 1))

warnings.simplefilter("error")
show(lambda: warnings.warn("turned into an error"))
show(lambda: warnings.warn("deprecated", DeprecationWarning))
