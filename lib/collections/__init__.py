"""Container datatypes (pyvm's own collections package).

namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap and the User* wrappers, written
in Python. dict keeps insertion order, so OrderedDict and Counter are thin dict subclasses;
deque keeps its items in a list (appends on the left cost O(n), which is fine for the sizes
scripts use).
"""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

import sys as _sys

_intern = getattr(_sys, "intern", str)
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter, index as _index
from reprlib import recursive_repr as _recursive_repr
import _collections_abc

from types import GenericAlias as _GenericAlias


################################################################################
# namedtuple
################################################################################

def _caller_module():
    """The __name__ of the module that called our caller (namedtuple's user), so the new
    class reports it as its __module__; None when it cannot be found."""
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class _tuplegetter:
    # The read-only descriptor of one namedtuple field (``Point.x``); each instance's
    # __doc__ is "Alias for field number N".

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass called typename whose items are also reachable by field name.

    field_names is a sequence of names or one string of names separated by spaces or commas;
    defaults apply to the rightmost fields.
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__

    # __new__ is compiled from source so that its signature (and the TypeErrors for wrong
    # calls) name the fields, exactly as a hand-written __new__ would.
    namespace = {'_tuple_new': tuple_new, '__builtins__': {},
                 '__name__': f'namedtuple_{typename}'}
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        """Point(x=1, y=2): the class name and each field with its value."""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """A new dict from field names to values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The values as a plain tuple (what copy and pickle rebuild from)."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = _intern(f'Alias for field number {index}')
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        module = _caller_module()
    if module is not None:
        result.__module__ = module
    return result


################################################################################
# deque
################################################################################

def _deque_index(deque_obj, i):
    # Deques take integers (or __index__) only, never slices.
    if isinstance(i, slice):
        raise TypeError("sequence index must be integer, not 'slice'")
    i = _index(i)
    n = len(deque_obj)
    if i < 0:
        i += n
    if not 0 <= i < n:
        raise IndexError('deque index out of range')
    return i


class deque:
    """A double-ended queue: fast appends and pops at both ends.

    With maxlen set, adding to one end drops items from the other end.
    """

    # The items are kept in two lists: ``_front`` holds the left part in reverse order and
    # ``_back`` the right part, so the deque reads ``_front[::-1] + _back``. Appends and pops
    # at either end are list appends and pops at the end of one of them; when the side being
    # popped is empty, half of the other side is moved over, which keeps every end operation
    # O(1) amortized whatever the mix of operations.
    __slots__ = ('_front', '_back', '_maxlen', '_state')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._front = []
        self._back = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self:
            self.clear()
        if iterable is self:
            iterable = list(iterable)
        self.extend(iterable)

    @property
    def maxlen(self):
        """The bound given at creation (None: unbounded)."""
        return self._maxlen

    def _list(self):
        return self._front[::-1] + self._back

    def _set_list(self, items):
        self._state += 1
        self._front = []
        self._back = items

    def _fill_front(self):
        back = self._back
        k = (len(back) + 1) // 2
        self._front = back[:k][::-1]
        del back[:k]

    def _fill_back(self):
        front = self._front
        k = (len(front) + 1) // 2
        self._back = front[:k][::-1]
        del front[:k]

    def append(self, x, /):
        """Add x at the right end."""
        self._state += 1
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self._popleft()
        self._back.append(x)

    def appendleft(self, x, /):
        """Add x at the left end."""
        self._state += 1
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self._pop()
        self._front.append(x)

    def _pop(self):
        if not self._back:
            if not self._front:
                raise IndexError('pop from an empty deque')
            self._fill_back()
        return self._back.pop()

    def _popleft(self):
        if not self._front:
            if not self._back:
                raise IndexError('pop from an empty deque')
            self._fill_front()
        return self._front.pop()

    def pop(self):
        """Remove and return the item at the right end."""
        value = self._pop()
        self._state += 1
        return value

    def popleft(self):
        """Remove and return the item at the left end."""
        value = self._popleft()
        self._state += 1
        return value

    def extend(self, iterable, /):
        """Append every item of iterable at the right end."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        """Append every item of iterable at the left end (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove every item."""
        self._set_list([])

    def copy(self):
        """A new deque with the same items and maxlen."""
        return self.__copy__()

    def __copy__(self):
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    def count(self, value, /):
        """How many items are (or equal) value."""
        n = 0
        state = self._state
        for item in self._list():
            if item is value or item == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """The first position of value within [start, stop); ValueError if absent."""
        items = self._list()
        start, stop, _ = slice(start, stop).indices(len(items))
        state = self._state
        for i in range(start, stop):
            item = items[i]
            if item is value or item == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value, /):
        """Put value before position index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._list()
        items.insert(index, value)
        self._set_list(items)

    def remove(self, value, /):
        """Remove the first item equal to value; ValueError if there is none."""
        items = self._list()
        for i, item in enumerate(items):
            if item is value or item == value:
                del items[i]
                self._set_list(items)
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse the order of the items, in place."""
        self._state += 1
        self._front, self._back = self._back, self._front

    def rotate(self, n=1, /):
        """Move the last n items to the front (n < 0 moves the first -n to the back)."""
        n = _index(n)
        size = len(self)
        if size > 1:
            n %= size
            if n:
                items = self._list()
                self._set_list(items[-n:] + items[:-n])

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def __iter__(self):
        state = self._state
        i = 0
        while i < len(self):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield self[i]
            i += 1
        if state != self._state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        i = len(self) - 1
        while i >= 0:
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield self[i]
            i -= 1

    def __contains__(self, value):
        return any(item is value or item == value for item in self._list())

    def __getitem__(self, index):
        i = _deque_index(self, index)
        front = self._front
        if i < len(front):
            return front[len(front) - 1 - i]
        return self._back[i - len(front)]

    def __setitem__(self, index, value):
        i = _deque_index(self, index)
        front = self._front
        if i < len(front):
            front[len(front) - 1 - i] = value
        else:
            self._back[i - len(front)] = value

    def __delitem__(self, index):
        i = _deque_index(self, index)
        items = self._list()
        del items[i]
        self._set_list(items)

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        inner = repr(self._list())
        if self._maxlen is None:
            return f'{name}({inner})'
        return f'{name}({inner}, maxlen={self._maxlen})'

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._list(), other._list())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") '
                            'to deque')
        result = self.__copy__()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        result = self.__copy__()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        n = _index(n)
        items = self._list()
        self.clear()
        if n > 0:
            for _ in range(n):
                self.extend(items)
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self._list())

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_collections_abc.MutableSequence.register(deque)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """A dict that fills in missing keys: d[key] for an absent key stores and returns
    default_factory() (a KeyError when the factory is None)."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __reversed__(self):
        # dict's own __reversed__, spelled out for VMs that do not give dict subclasses one.
        return reversed(dict.keys(self))

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            factory_repr = _factory_repr(factory)
        return f'{type(self).__name__}({factory_repr}, {_dict_repr(self)})'

    def copy(self):
        """A new defaultdict with the same factory and items."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


@_recursive_repr('...')
def _factory_repr(factory):
    return repr(factory)


@_recursive_repr('{...}')
def _dict_repr_guarded(d):
    return dict.__repr__(d)


def _dict_repr(d):
    return _dict_repr_guarded(d)


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end() and popitem(last=...).

    Equality with another OrderedDict is order-sensitive.
    """

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first when last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move key to the end (to the start when last is false); KeyError if absent."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({_dict_repr(self)})'

    def __reversed__(self):
        """The keys, last first."""
        return reversed(dict.keys(self))

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if isinstance(other, OrderedDict) and list(self) != list(other):
            return False
        return dict(self) == dict(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """A new OrderedDict (of the same class) with the same items."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# Counter
################################################################################

class Counter(dict):
    """A dict from elements to their counts.

    >>> Counter('abracadabra').most_common(3)
    [('a', 5), ('b', 2), ('r', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Absent elements count zero."""
        return 0

    def __reversed__(self):
        # dict's own __reversed__, spelled out for VMs that do not give dict subclasses one.
        return reversed(dict.keys(self))

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, highest counts first (ties in insertion order); only
        the first n when n is given."""
        ordered = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """Each element repeated count times (elements with counts below one are skipped)."""
        return (elem for elem, count in self.items() for _ in range(count))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from a mapping of counts or from an iterable of elements."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (results may go to zero or below)."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A new Counter of the same class with the same counts."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Remove elem; an absent element is not an error."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Comparisons treat missing elements as having zero count.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            if type(other) is dict:
                # What the reflected dict.__eq__ would answer (done here for VMs whose
                # dict.__eq__ refuses dict subclasses).
                return dict(self) == other
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            if type(other) is dict:
                return dict(self) != other
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        """Sum of counts, keeping positive results only."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Difference of counts, keeping positive results only."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Largest count of each element, keeping positive results only."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Smallest count of each element, keeping positive results only."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Only the positive counts."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """The negative counts, made positive."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        # Drop the elements whose count is not positive (after an in-place operation).
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
# ChainMap
################################################################################

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: lookups try each map in turn, writes and deletions
    go to the first map."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over one new dict with the given keys."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new chain: a copy of the first map, the other maps shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new chain with m (or a new dict of the keywords) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """The chain without its first map."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return a (key, value) pair of the first map."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from the first map and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty the first map; the others stay as they are."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
# UserDict, UserList, UserString
################################################################################

class UserDict(_collections_abc.MutableMapping):
    """A dict wrapper (the real dict is ``self.data``) that is easy to subclass."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A list wrapper (the real list is ``self.data``) that is easy to subclass."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


def _unwrap(value):
    return value.data if isinstance(value, UserString) else value


class UserString(_collections_abc.Sequence):
    """A str wrapper (the real string is ``self.data``) that is easy to subclass."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string)

    def __lt__(self, string):
        return self.data < _unwrap(string)

    def __le__(self, string):
        return self.data <= _unwrap(string)

    def __gt__(self, string):
        return self.data > _unwrap(string)

    def __ge__(self, string):
        return self.data >= _unwrap(string)

    def __contains__(self, char):
        return _unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    maketrans = str.maketrans


# The str methods, with the signatures CPython's UserString gives them (so wrong calls fail
# with the same messages). Results that are strings come back as the same class.

def _us_center(self, width, *args):
    return self.__class__(self.data.center(width, *args))


def _us_count(self, sub, start=0, end=_sys.maxsize):
    return self.data.count(_unwrap(sub), start, end)


def _us_removeprefix(self, prefix, /):
    return self.__class__(self.data.removeprefix(_unwrap(prefix)))


def _us_removesuffix(self, suffix, /):
    return self.__class__(self.data.removesuffix(_unwrap(suffix)))


def _us_endswith(self, suffix, start=0, end=_sys.maxsize):
    return self.data.endswith(suffix, start, end)


def _us_expandtabs(self, tabsize=8):
    return self.__class__(self.data.expandtabs(tabsize))


def _us_find(self, sub, start=0, end=_sys.maxsize):
    return self.data.find(_unwrap(sub), start, end)


def _us_index(self, sub, start=0, end=_sys.maxsize):
    return self.data.index(sub, start, end)


def _us_ljust(self, width, *args):
    return self.__class__(self.data.ljust(width, *args))


def _us_lstrip(self, chars=None):
    return self.__class__(self.data.lstrip(chars))


def _us_partition(self, sep):
    return self.data.partition(sep)


def _us_replace(self, old, new, maxsplit=-1):
    return self.__class__(self.data.replace(_unwrap(old), _unwrap(new), maxsplit))


def _us_rfind(self, sub, start=0, end=_sys.maxsize):
    return self.data.rfind(_unwrap(sub), start, end)


def _us_rindex(self, sub, start=0, end=_sys.maxsize):
    return self.data.rindex(sub, start, end)


def _us_rjust(self, width, *args):
    return self.__class__(self.data.rjust(width, *args))


def _us_rpartition(self, sep):
    return self.data.rpartition(sep)


def _us_rstrip(self, chars=None):
    return self.__class__(self.data.rstrip(chars))


def _us_split(self, sep=None, maxsplit=-1):
    return self.data.split(sep, maxsplit)


def _us_rsplit(self, sep=None, maxsplit=-1):
    return self.data.rsplit(sep, maxsplit)


def _us_splitlines(self, keepends=False):
    return self.data.splitlines(keepends)


def _us_startswith(self, prefix, start=0, end=_sys.maxsize):
    return self.data.startswith(prefix, start, end)


def _us_strip(self, chars=None):
    return self.__class__(self.data.strip(chars))


def _us_translate(self, *args):
    return self.__class__(self.data.translate(*args))


def _us_zfill(self, width):
    return self.__class__(self.data.zfill(width))


def _no_argument_method(name, wrap):
    method = getattr(str, name)
    if wrap:
        def forward(self):
            return self.__class__(method(self.data))
    else:
        def forward(self):
            return method(self.data)
    return forward


for _name, _func in list(globals().items()):
    if _name.startswith('_us_'):
        _func.__name__ = _name[4:]
        _func.__qualname__ = 'UserString.' + _name[4:]
        setattr(UserString, _name[4:], _func)
for _name, _wrap in (('capitalize', True), ('casefold', True), ('lower', True),
                     ('swapcase', True), ('title', True), ('upper', True),
                     ('isalpha', False), ('isalnum', False), ('isascii', False),
                     ('isdecimal', False), ('isdigit', False), ('isidentifier', False),
                     ('islower', False), ('isnumeric', False), ('isprintable', False),
                     ('isspace', False), ('istitle', False), ('isupper', False)):
    _func = _no_argument_method(_name, _wrap)
    _func.__name__ = _name
    _func.__qualname__ = 'UserString.' + _name
    setattr(UserString, _name, _func)
del _name, _func, _wrap

# CPython implements these in C (_collections): they show no frames in tracebacks.
__import__("_stackinfo").c_implemented(deque, defaultdict, OrderedDict, _tuplegetter, _deque_index)
