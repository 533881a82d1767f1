"""JSON encoding (pyvm's own json.encoder)."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_SIMPLE_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
                   '\r': '\\r', '\t': '\\t'}


def py_encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters left as they are."""
    out = []
    for c in s:
        esc = _SIMPLE_ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """s as a JSON string literal in ASCII (\\uXXXX escapes, surrogate pairs)."""
    out = []
    for c in s:
        if ' ' <= c <= '~':
            out.append('\\\\' if c == '\\' else '\\"' if c == '"' else c)
            continue
        esc = _SIMPLE_ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            # A surrogate pair.
            n -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Turns Python values into JSON text: dicts into objects, lists and tuples into arrays,
    str/int/float/True/False/None into their JSON forms. Subclasses (or the default=
    argument) convert other types by overriding default()."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Something encodable standing for o; this base version refuses (TypeError)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """o as one JSON string."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """o as JSON, yielded in pieces."""
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Encoding(self, markers, encoder, indent).encode(o, 0)

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text


class _Encoding:
    """One iterencode() run: the options resolved once, then a recursive walk."""

    def __init__(self, encoder, markers, encode_str, indent):
        self.enc = encoder
        self.markers = markers
        self.encode_str = encode_str
        self.indent = indent

    def _mark(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o
            return marker
        return None

    def _unmark(self, marker):
        if marker is not None:
            del self.markers[marker]

    def _newline(self, level):
        return '\n' + self.indent * level

    def encode(self, o, level):
        if isinstance(o, str):
            yield self.encode_str(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.enc._floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            marker = self._mark(o)
            yield from self.encode(self.enc.default(o), level)
            self._unmark(marker)

    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        marker = self._mark(lst)
        if self.indent is not None:
            level += 1
            inner = self._newline(level)
            separator = self.enc.item_separator + inner
            yield '[' + inner
        else:
            separator = self.enc.item_separator
            yield '['
        first = True
        for value in lst:
            if not first:
                yield separator
            first = False
            yield from self.encode(value, level)
        if self.indent is not None:
            level -= 1
            yield self._newline(level)
        yield ']'
        self._unmark(marker)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.enc._floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        marker = self._mark(dct)
        if self.indent is not None:
            level += 1
            inner = self._newline(level)
            separator = self.enc.item_separator + inner
            yield '{' + inner
        else:
            separator = self.enc.item_separator
            yield '{'
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield self.encode_str(key)
            yield self.enc.key_separator
            yield from self.encode(value, level)
        if self.indent is not None:
            level -= 1
            yield self._newline(level)
        yield '}'
        self._unmark(marker)


# CPython encodes JSON in C (_json.c_make_encoder): no frames in tracebacks.
__import__("_stackinfo").c_implemented(_Encoding)
