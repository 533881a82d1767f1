"""pyvm's array: typed arrays of numbers (and 'u' characters) with CPython's conversions,
errors and reprs. Values are kept in a Python list and checked on the way in; bytes
conversions go through struct in native byte order. Frames of this module are hidden from
tracebacks, as CPython's array is written in C."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message below, message above) of the small integer codes.
_BOUNDS = {
    'b': (-128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
    'B': (0, 255, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    'h': (-32768, 32767, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    'H': (0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    'i': (-2**31, 2**31 - 1, "signed integer is less than minimum",
          "signed integer is greater than maximum"),
}


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _check(tc, v):
    """The value stored for v in an array of typecode tc, or CPython's error."""
    if tc in 'fd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            x = float(v)
        else:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        if tc == 'f':
            # Stored as a C float: round to single precision.
            x = _struct.unpack('f', _struct.pack('f', x))[0]
        return x
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            if isinstance(v, str):
                raise TypeError("array item must be unicode character")
            raise TypeError("array item must be unicode character")
        return v
    n = _index(v)
    if tc in _BOUNDS:
        if not -2**63 <= n < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        lo, hi, below, above = _BOUNDS[tc]
        if n < lo:
            raise OverflowError(below)
        if n > hi:
            raise OverflowError(above)
        return n
    if tc == 'I':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2**64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if n >= 2**32:
            raise OverflowError("unsigned int is greater than maximum")
        return n
    if tc == 'l':
        if not -2**63 <= n < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        return n
    if tc == 'L':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2**64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        return n
    if tc == 'q':
        if not -2**63 <= n < 2**63:
            raise OverflowError("int too big to convert")
        return n
    if n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if n >= 2**64:
        raise OverflowError("int too big to convert")
    return n


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_tc', '_items')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is not None:
            if isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                    % typecode)
                self._items = list(initializer)
            elif isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, array):
                if initializer._tc == 'u' and typecode != 'u':
                    raise TypeError("cannot use a unicode array to initialize an array with "
                                    "typecode '%s'" % typecode)
                self._items = [_check(typecode, v) for v in initializer._items]
            else:
                self._items = [_check(typecode, v) for v in initializer]
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def __repr__(self):
        if not self._items:
            return "%s('%s')" % (type(self).__name__, self._tc)
        if self._tc == 'u':
            return "%s('u', %r)" % (type(self).__name__, ''.join(self._items))
        return "%s('%s', %r)" % (type(self).__name__, self._tc, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[_index(i)]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        i = _index(i)
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            del self._items[_index(i)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array"
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend array with array (not \"%s\")"
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items >= o

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)))

    def append(self, v, /):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(_check(self._tc, v))

    def insert(self, i, v, /):
        self._items.insert(_index(i), _check(self._tc, v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        for k, x in enumerate(self._items):
            if x == v:
                del self._items[k]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None, /):
        items = self._items
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for k in range(start, min(stop, n)):
            if items[k] == v:
                return k
        raise ValueError("array.index(x): x not in array")

    def count(self, v, /):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def _fmt(self, n):
        return '@%d%s' % (n, 'I' if self._tc == 'u' else self._tc)

    def tobytes(self):
        if self._tc == 'u':
            return _struct.pack(self._fmt(len(self._items)), *map(ord, self._items))
        return _struct.pack(self._fmt(len(self._items)), *self._items)

    def frombytes(self, buffer, /):
        data = bytes(memoryview(buffer)) if not isinstance(buffer, bytes) else buffer
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(self._fmt(len(data) // size), data)
        if self._tc == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tolist(self):
        return list(self._items)

    def fromlist(self, items, /):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([_check(self._tc, v) for v in items])

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s, /):
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._items.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def tofile(self, f, /):
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError("read() didn't return enough bytes")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


array.__module__ = 'array'
ArrayType = array

__import__("_stackinfo").c_implemented(globals())
