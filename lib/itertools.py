"""Iterator building blocks (pyvm's own itertools module, written in Python).

Every public name is a class, as in CPython, so ``type(chain())`` is ``itertools.chain`` and the
default repr reads ``<itertools.chain object at 0x...>``. Most classes drive a private generator
(``self._it``) that holds the iteration state; constructors validate their arguments eagerly and
raise CPython's messages (argument-clinic wording), since programs print those.
"""

import operator as _operator

__all__ = [
    "accumulate", "batched", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
    "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest",
]

_MAXSIZE = (1 << 63) - 1


def _parse(fname, args, kwargs, names, nrequired, npositional=None):
    """Bind ``args``/``kwargs`` to ``names`` with CPython's argument-clinic checks, in its
    order: too many arguments, too many positional ones, a missing required one, one given
    both ways, an unknown keyword.

    ``npositional`` is how many of ``names`` may be given by position (the rest are
    keyword-only); None means all of them.
    """
    maxargs = len(names)
    if npositional is None:
        npositional = maxargs
    total = len(args) + len(kwargs)
    if total > maxargs:
        raise TypeError(f"{fname}() takes at most {maxargs} {'' if args else 'keyword '}"
                        f"argument{'' if maxargs == 1 else 's'} ({total} given)")
    if len(args) > npositional:
        how = "at most" if nrequired < npositional else "exactly"
        raise TypeError(f"{fname}() takes {how} {npositional} positional "
                        f"argument{'' if npositional == 1 else 's'} ({len(args)} given)")
    values = list(args) + [_MISSING] * (maxargs - len(args))
    for i in range(len(args), maxargs):
        if names[i] in kwargs:
            values[i] = kwargs[names[i]]
        elif i < nrequired:
            raise TypeError(f"{fname}() missing required argument '{names[i]}' (pos {i + 1})")
    for i in range(len(args)):
        if names[i] in kwargs:
            raise TypeError(f"argument for {fname}() given by name ('{names[i]}') "
                            f"and position ({i + 1})")
    for key in kwargs:
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {fname}()")
    return values


def _exact(fname, args, kwargs, n):
    """Check for the 'NAME expected N arguments, got M' style of the older C constructors."""
    if kwargs:
        raise TypeError(f"{fname}() takes no keyword arguments")
    if len(args) != n:
        plural = "argument" if n == 1 else "arguments"
        raise TypeError(f"{fname} expected {n} {plural}, got {len(args)}")


def _index(value):
    return _operator.index(value)


class _Missing:
    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()


class _Base:
    """Iterator protocol over the generator each subclass stores in ``_it``."""

    __slots__ = ("_it",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return any(hasattr(t, m) for m in ("__index__", "__int__", "__float__", "__complex__"))


class count(_Base):
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ("_start", "_step")

    def __new__(cls, *args, **kwargs):
        start, step = _parse("count", args, kwargs, ["start", "step"], 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            # CPython's fast mode counts in machine integers: bools become plain ints.
            start, step = int(start), 1
        self = object.__new__(cls)
        self._start = start
        self._step = step
        self._it = None
        return self

    def __next__(self):
        value = self._start
        self._start = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return f"{name}({self._start!r})"
        return f"{name}({self._start!r}, {step!r})"


class cycle(_Base):
    """cycle(p): p0, p1, ... plast, p0, p1, ..."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _exact("cycle", args, kwargs, 1)
        source = iter(args[0])
        self = object.__new__(cls)
        self._it = cls._run(source)
        return self

    @staticmethod
    def _run(source):
        saved = []
        for item in source:
            yield item
            saved.append(item)
        if not saved:
            return
        while True:
            yield from saved


class repeat(_Base):
    """repeat(object [,times]): object, object, ... forever or ``times`` times."""

    __slots__ = ("_object", "_times")

    def __new__(cls, *args, **kwargs):
        obj, times = _parse("repeat", args, kwargs, ["object", "times"], 1)
        self = object.__new__(cls)
        self._object = obj
        if times is _MISSING:
            self._times = None
        else:
            self._times = max(_index(times), 0)
        self._it = None
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._times})"


class accumulate(_Base):
    """accumulate(iterable, func=None, *, initial=None): running totals (or ``func`` results)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _parse("accumulate", args, kwargs,
                                         ["iterable", "func", "initial"], 1, 2)
        source = iter(iterable)
        if func is _MISSING or func is None:
            func = _operator.add
        self = object.__new__(cls)
        self._it = cls._run(source, func, None if initial is _MISSING else initial)
        return self

    @staticmethod
    def _run(source, func, initial):
        total = initial
        if initial is None:
            for total in source:
                break
            else:
                return
        yield total
        for item in source:
            total = func(total, item)
            yield total


class batched(_Base):
    """batched(iterable, n): tuples of ``n`` items (the last may be shorter)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, n = _parse("batched", args, kwargs, ["iterable", "n"], 2)
        n = _index(n)
        if n < 1:
            raise ValueError("n must be at least one")
        source = iter(iterable)
        self = object.__new__(cls)
        self._it = cls._run(source, n)
        return self

    @staticmethod
    def _run(source, n):
        while True:
            batch = []
            for item in source:
                batch.append(item)
                if len(batch) == n:
                    break
            if not batch:
                return
            yield tuple(batch)
            if len(batch) < n:
                return


class chain(_Base):
    """chain(*iterables): the items of the first iterable, then the second's, ..."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        self = object.__new__(cls)
        self._it = cls._run(iter(args))
        return self

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from source

    @classmethod
    def from_iterable(cls, *args):
        """chain.from_iterable(iterable): like chain(*iterable), the outer one read lazily."""
        if len(args) != 1:
            raise TypeError(
                f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
        self = object.__new__(cls)
        self._it = cls._run(iter(args[0]))
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress(_Base):
    """compress(data, selectors): the items of ``data`` whose selector is true."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        data, selectors = _parse("compress", args, kwargs, ["data", "selectors"], 2)
        data, selectors = iter(data), iter(selectors)
        self = object.__new__(cls)
        self._it = (d for d, s in zip(data, selectors) if s)
        return self


class dropwhile(_Base):
    """dropwhile(predicate, iterable): skip items while the predicate holds, then yield all."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _exact("dropwhile", args, kwargs, 2)
        predicate, source = args[0], iter(args[1])
        self = object.__new__(cls)
        self._it = cls._run(predicate, source)
        return self

    @staticmethod
    def _run(predicate, source):
        for item in source:
            if not predicate(item):
                yield item
                break
        yield from source


class takewhile(_Base):
    """takewhile(predicate, iterable): yield items while the predicate holds."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _exact("takewhile", args, kwargs, 2)
        predicate, source = args[0], iter(args[1])
        self = object.__new__(cls)
        self._it = cls._run(predicate, source)
        return self

    @staticmethod
    def _run(predicate, source):
        for item in source:
            if not predicate(item):
                return
            yield item


class filterfalse(_Base):
    """filterfalse(function or None, iterable): the items for which the function is false."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _exact("filterfalse", args, kwargs, 2)
        predicate, source = args[0], iter(args[1])
        if predicate is None:
            predicate = bool
        self = object.__new__(cls)
        self._it = (x for x in source if not predicate(x))
        return self


class _grouper(_Base):
    """One group of a groupby: valid until the groupby moves to the next key."""

    __slots__ = ("_parent", "_key")

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._pending is _MISSING:
            try:
                value = next(parent._source)
            except StopIteration:
                parent._exhausted = True
                raise
            parent._pending = value
            parent._pending_key = value if parent._keyfunc is None else parent._keyfunc(value)
        if parent._pending_key != self._key:
            raise StopIteration
        value = parent._pending
        parent._pending = _MISSING
        return value


class groupby(_Base):
    """groupby(iterable, key=None): (key, group) pairs for runs of items with equal keys."""

    __slots__ = ("_source", "_keyfunc", "_pending", "_pending_key", "_current_key",
                 "_current_grouper", "_exhausted")

    def __new__(cls, *args, **kwargs):
        iterable, key = _parse("groupby", args, kwargs, ["iterable", "key"], 1)
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._pending = _MISSING
        self._pending_key = None
        self._current_key = _MISSING
        self._current_grouper = None
        self._exhausted = False
        self._it = None
        return self

    def _advance(self):
        value = next(self._source)
        self._pending = value
        self._pending_key = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._current_grouper = None
        if self._exhausted:
            raise StopIteration
        # Skip the rest of the current group.
        while True:
            if self._pending is _MISSING:
                try:
                    self._advance()
                except StopIteration:
                    self._exhausted = True
                    raise
            if (self._current_key is _MISSING
                    or self._pending_key != self._current_key):
                break
            self._pending = _MISSING
        self._current_key = self._pending_key
        group = object.__new__(_grouper)
        group._parent = self
        group._key = self._current_key
        group._it = None
        self._current_grouper = group
        return self._current_key, group


class islice(_Base):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): selected items."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("islice() takes no keyword arguments")
        if len(args) < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
        if len(args) > 4:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
        source = args[0]
        start, step = 0, 1
        if len(args) == 2:
            stop = cls._value(args[1], "Stop argument")
        else:
            stop = cls._value(args[2], "Stop argument")
            start = cls._value(args[1], "Indices")
            if start is None:
                start = 0
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _index(args[3])
                except TypeError:
                    step = -1
                if step < 1:
                    raise ValueError("Step for islice() must be a positive integer or None.")
        source = iter(source)
        self = object.__new__(cls)
        self._it = cls._run(source, start, stop, step)
        return self

    @staticmethod
    def _value(arg, what):
        if arg is None:
            return None
        try:
            value = _index(arg)
        except TypeError:
            value = -1
        if not 0 <= value <= _MAXSIZE:
            raise ValueError(f"{what} for islice() must be None or an integer: "
                             f"0 <= x <= sys.maxsize.")
        return value

    @staticmethod
    def _run(source, start, stop, step):
        nxt = start
        i = 0
        if stop is not None and stop <= start:
            # Nothing to yield; CPython still skips the first ``start`` items first.
            for _ in range(start):
                try:
                    next(source)
                except StopIteration:
                    return
            return
        while stop is None or i < stop:
            try:
                item = next(source)
            except StopIteration:
                return
            if i == nxt:
                nxt += step
                i += 1
                yield item
            else:
                i += 1


class pairwise(_Base):
    """pairwise(iterable): overlapping pairs (s0, s1), (s1, s2), ..."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _exact("pairwise", args, kwargs, 1)
        source = iter(args[0])
        self = object.__new__(cls)
        self._it = cls._run(source)
        return self

    @staticmethod
    def _run(source):
        for previous in source:
            break
        else:
            return
        for item in source:
            yield previous, item
            previous = item


class starmap(_Base):
    """starmap(function, iterable): function(*item) for each item."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _exact("starmap", args, kwargs, 2)
        function, source = args[0], iter(args[1])
        self = object.__new__(cls)
        self._it = (function(*tuple(item)) for item in source)
        return self


class _tee(_Base):
    """One of the independent iterators tee() returns; they share a buffer."""

    __slots__ = ("_shared", "_pos")

    def __next__(self):
        shared = self._shared
        # shared = [source, buffer, offset of buffer[0], list of the tees' positions]
        buffer = shared[1]
        index = self._pos - shared[2]
        if index < len(buffer):
            value = buffer[index]
        else:
            value = next(shared[0])
            buffer.append(value)
        self._pos += 1
        # Drop the items every tee has read.
        low = min(t._pos for t in shared[3])
        drop = low - shared[2]
        if drop > 0:
            del buffer[:drop]
            shared[2] = low
        return value

    def __copy__(self):
        other = object.__new__(_tee)
        other._shared = self._shared
        other._pos = self._pos
        other._it = None
        self._shared[3].append(other)
        return other


def tee(*args, **kwargs):
    """tee(iterable, n=2): ``n`` independent iterators over one iterable."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    if not args:
        raise TypeError("tee expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f"tee expected at most 2 arguments, got {len(args)}")
    iterable = args[0]
    n = _index(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    source = iter(iterable)
    if isinstance(source, _tee):
        first = source.__copy__()
    else:
        first = object.__new__(_tee)
        first._shared = [source, [], 0, [first]]
        first._pos = 0
        first._it = None
    result = [first]
    while len(result) < n:
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_Base):
    """zip_longest(*iterables, fillvalue=None): zip that pads the shorter ones."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        fillvalue = None
        for key, value in kwargs.items():
            if key != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = value
        sources = [iter(a) for a in args]
        self = object.__new__(cls)
        self._it = cls._run(sources, fillvalue)
        return self

    @staticmethod
    def _run(sources, fillvalue):
        if not sources:
            return
        active = len(sources)
        done = [False] * len(sources)
        while True:
            row = []
            for i, source in enumerate(sources):
                if done[i]:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(source))
                except StopIteration:
                    done[i] = True
                    active -= 1
                    if not active:
                        return
                    row.append(fillvalue)
            yield tuple(row)


class product(_Base):
    """product(*iterables, repeat=1): the cartesian product, as nested for loops."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        repeat_count = 1
        for key, value in kwargs.items():
            if key != "repeat":
                raise TypeError(f"'{key}' is an invalid keyword argument for product()")
            repeat_count = _index(value)
        if repeat_count < 0:
            raise ValueError("repeat argument cannot be negative")
        # With repeat=0 CPython never looks at the iterables.
        pools = [tuple(a) for a in args] * repeat_count if repeat_count else []
        self = object.__new__(cls)
        self._it = cls._run(pools)
        return self

    @staticmethod
    def _run(pools):
        if any(not pool for pool in pools):
            return
        indices = [0] * len(pools)
        while True:
            yield tuple(pool[i] for pool, i in zip(pools, indices))
            # Odometer step: the rightmost wheel turns fastest.
            k = len(pools) - 1
            while k >= 0:
                indices[k] += 1
                if indices[k] < len(pools[k]):
                    break
                indices[k] = 0
                k -= 1
            if k < 0:
                return


def _r_argument(r, required):
    # combinations() converts r like any Py_ssize_t argument (callers do that before reading
    # the iterable); permutations() also takes None and words its own type error.
    if required:
        pass
    elif r is _MISSING or r is None:
        return None
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_Base):
    """permutations(iterable, r=None): r-length orderings of the items, without repeats."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse("permutations", args, kwargs, ["iterable", "r"], 1)
        pool = tuple(iterable)
        r = _r_argument(r, False)
        if r is None:
            r = len(pool)
        self = object.__new__(cls)
        self._it = cls._run(pool, r)
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return

        def extend(prefix, remaining):
            if len(prefix) == r:
                yield tuple(pool[i] for i in prefix)
                return
            for pos, i in enumerate(remaining):
                yield from extend(prefix + [i], remaining[:pos] + remaining[pos + 1:])

        yield from extend([], list(range(n)))


class combinations(_Base):
    """combinations(iterable, r): r-length subsequences, in the iterable's order."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse("combinations", args, kwargs, ["iterable", "r"], 2)
        r = _index(r)
        pool = tuple(iterable)
        r = _r_argument(r, True)
        self = object.__new__(cls)
        self._it = cls._run(pool, r, False)
        return self

    @staticmethod
    def _run(pool, r, with_replacement):
        n = len(pool)
        if r > n and not with_replacement:
            return
        if n == 0 and r > 0:
            return

        def extend(prefix, first):
            if len(prefix) == r:
                yield tuple(pool[i] for i in prefix)
                return
            for i in range(first, n):
                yield from extend(prefix + [i], i if with_replacement else i + 1)

        yield from extend([], 0)


class combinations_with_replacement(_Base):
    """combinations_with_replacement(iterable, r): like combinations, items may repeat."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse("combinations_with_replacement", args, kwargs,
                             ["iterable", "r"], 2)
        r = _index(r)
        pool = tuple(iterable)
        r = _r_argument(r, True)
        self = object.__new__(cls)
        self._it = combinations._run(pool, r, True)
        return self

# CPython implements this module in C: its functions show no frames in tracebacks.
__import__("_stackinfo").c_implemented(globals())
