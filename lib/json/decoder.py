"""JSON decoding (pyvm's own json.decoder): a hand-written recursive-descent scanner.

Positions in error messages are character offsets into the document, as CPython reports
them; JSONDecodeError adds the line and column.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
            't': '\t'}
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_HEX = frozenset('0123456789abcdefABCDEF')


class JSONDecodeError(ValueError):
    """A ValueError for malformed JSON: msg, the document, the character offset pos, and
    the lineno/colno that pos falls on."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, pos):
    # pos is where the four hex digits start (just after "\u").
    esc = s[pos:pos + 4]
    if len(esc) == 4 and all(c in _HEX for c in esc):
        return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)


def scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is at end - 1.

    Returns (the decoded str, the index just past the closing quote).
    """
    begin = end - 1
    chunks = []
    n = len(s)
    i = end
    while True:
        # Copy the run of ordinary characters at once.
        j = i
        while j < n:
            c = s[j]
            if c == '"' or c == '\\':
                break
            if c < ' ' and strict:
                raise JSONDecodeError("Invalid control character at", s, j)
            j += 1
        if j > i:
            chunks.append(s[i:j])
        if j >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if s[j] == '"':
            return ''.join(chunks), j + 1
        # A backslash escape.
        if j + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[j + 1]
        if esc != 'u':
            try:
                chunks.append(_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, j) from None
            i = j + 2
            continue
        # The four digits must be followed by something (at least the closing quote).
        if j + 6 >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, j + 1)
        uni = _hex4(s, j + 2)
        i = j + 6
        if 0xd800 <= uni <= 0xdbff and i + 6 < n and s[i:i + 2] == '\\u':
            low = _hex4(s, i + 2)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                i += 6
        chunks.append(chr(uni))


def _scan_number(s, i):
    # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?  ->  (int part, frac, exp, end) or None
    n = len(s)
    start = i
    if i < n and s[i] == '-':
        i += 1
    if i < n and s[i] == '0':
        i += 1
    elif i < n and s[i] in '123456789':
        i += 1
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        return None
    integer = s[start:i]
    frac = exp = ''
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        j = i + 2
        while j < n and s[j] in _DIGITS:
            j += 1
        frac = s[i:j]
        i = j
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and s[j] in _DIGITS:
            while j < n and s[j] in _DIGITS:
                j += 1
            exp = s[i:j]
            i = j
    return integer, frac, exp, i


class _Scanner:
    """One parse of one document with one decoder's hooks."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, s, i):
        """Decode the value starting exactly at s[i]; returns (value, end)."""
        try:
            c = s[i]
        except IndexError:
            raise StopIteration(i) from None
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.object(s, i + 1)
        if c == '[':
            return self.array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        number = _scan_number(s, i)
        if number is not None:
            integer, frac, exp, end = number
            if frac or exp:
                return self.parse_float(integer + frac + exp), end
            return self.parse_int(integer), end
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        raise StopIteration(i)

    def value_or_error(self, s, i):
        try:
            return self.value(s, i)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def object(self, s, i):
        pairs = []
        memo = self.memo
        i = _skip_ws(s, i)
        if s[i:i + 1] != '"':
            if s[i:i + 1] == '}':
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), i + 1
                result = {}
                if self.object_hook is not None:
                    result = self.object_hook(result)
                return result, i + 1
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, i)
        i += 1
        while True:
            key, i = scanstring(s, i, self.strict)
            key = memo.setdefault(key, key)
            if s[i:i + 1] != ':':
                i = _skip_ws(s, i)
                if s[i:i + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            value, i = self.value_or_error(s, i)
            pairs.append((key, value))
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            i += 1
            if c == '}':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = _skip_ws(s, i)
            if s[i:i + 1] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, i)
            i += 1
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i

    def array(self, s, i):
        values = []
        i = _skip_ws(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        while True:
            value, i = self.value_or_error(s, i)
            values.append(value)
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            i += 1
            if c == ']':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = _skip_ws(s, i)
        return values, i


class JSONDecoder(object):
    """Turns JSON text into Python values: objects into dicts (or what the hooks make of
    them), arrays into lists, numbers into int/float, plus NaN and +/-Infinity."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        """The value of the JSON document s; only whitespace may follow it."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end) for the JSON document starting at s[idx]; text may follow it."""
        try:
            return _Scanner(self).value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None


# CPython scans JSON in C (_json.scanstring, c_make_scanner): no frames in tracebacks.
__import__("_stackinfo").c_implemented(_Scanner, scanstring, _hex4, _scan_number, _skip_ws)
