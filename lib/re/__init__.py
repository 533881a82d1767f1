"""Regular expressions, as CPython 3.12's ``re`` module behaves.

pyvm's own implementation: the parser and the backtracking matcher are native (the ``_sre``
module, in Rust); this file provides the objects (``Pattern``, ``Match``, ``RegexFlag``,
``error``) and the operations built from repeated matching (``split``, ``sub``, ``finditer``),
plus replacement templates.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# Flag members in definition order (CPython's repr lists them in this order).
_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """The flags of ``re``: ints that print as ``re.IGNORECASE|re.MULTILINE``."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        parts = [n for n, b in _FLAG_NAMES if v & b]
        rest = v & ~_ALL_FLAGS
        if rest or not parts:
            return None
        return "|".join(parts)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = ["re." + n for n, b in _FLAG_NAMES if v & b]
        rest = v & ~_ALL_FLAGS
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __reduce__(self):
        return (RegexFlag, (int(self),))


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos, lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return f(v)


class Pattern:
    """A compiled regular expression (``re.compile``'s result)."""

    __slots__ = ("_id", "pattern", "flags", "groups", "groupindex", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        p = self.pattern
        text = repr(p)[:200]
        flags = self.flags
        if isinstance(p, str) and (flags & (LOCALE | UNICODE | ASCII)) == UNICODE:
            flags &= ~UNICODE
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for n, b in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
                     ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
                     ("ASCII", 256)):
            if flags & b:
                names.append("re." + n)
                flags &= ~b
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def _do(self, string, pos, endpos, mode):
        if endpos is None:
            endpos = _MAXSIZE
        r = _sre.match(self._id, string, _index(pos), _index(endpos), mode, 0)
        if r is None:
            return None
        return _make_match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._do(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._do(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._do(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.findall(self._id, string, _index(pos), _index(endpos))

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        pos = _index(pos)
        endpos = _index(endpos)
        return _finditer(self, string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, _index(pos), _index(endpos))

    def split(self, string, maxsplit=0):
        return _sre.split(self._id, string, _index(maxsplit))

    def _subx(self, repl, string, count):
        count = _index(count)
        if count < 0:
            _sre.scan(self._id, string, 0, 0, 1)
            return (string, 0)
        if callable(repl):
            filt = None
        else:
            filt = _compile_template(self, repl)
            if type(filt) is _Mismatch:
                first = _sre.scan(self._id, string, 0, _MAXSIZE, 1)
                if not first:
                    return string, 0
                raise TypeError("sequence item %d: %s"
                                % (1 if first[0][0] > 0 else 0, filt.msg))
            if type(filt) is not list:
                filt = [filt]
            res, n = _sre.subt(self._id, string, filt, count)
            if res is None:
                if type(string) in (str, bytes):
                    return string, 0
                return (str(string) if isinstance(string, str) else bytes(string)), 0
            return res, n
        found = _sre.scan(self._id, string, 0, _MAXSIZE, count)
        parts = []
        last = 0
        for r in found:
            s, e = r[0], r[1]
            if s > last:
                parts.append(string[last:s])
            if filt is None:
                m = _make_match(self, string, 0, _MAXSIZE, r)
                v = repl(m)
                if v is not None:
                    parts.append(v)
            elif type(filt) is not list:
                parts.append(filt)
            else:
                for item in filt:
                    if type(item) is int:
                        a, b = r[2 * item], r[2 * item + 1]
                        if a >= 0:
                            parts.append(string[a:b])
                    else:
                        parts.append(item)
            last = e
        if last < len(string):
            parts.append(string[last:])
        empty = "" if isinstance(string, str) else b""
        if not found and type(string) in (str, bytes):
            return string, 0
        return empty.join(parts), len(found)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _finditer(p, string, pos, endpos):
    # Matches are found natively in chunks (one call per 256 matches); Match objects are made
    # as the iterator is consumed.
    n = len(string)
    cpos = 0 if pos < 0 else (n if pos > n else pos)
    cend = 0 if endpos < 0 else (n if endpos > n else endpos)
    ctx = (p, string, cpos, cend)
    must_advance = 0
    while True:
        chunk = _sre.scan(p._id, string, pos, endpos, 256, must_advance)
        if not chunk:
            return
        for r in chunk:
            m = _new(Match)
            m._r = r
            m._c = ctx
            yield m
        if len(chunk) < 256:
            return
        r = chunk[-1]
        must_advance = 1 if r[0] == r[1] else 0
        pos = r[1]


_new = object.__new__


class _Scanner:
    def __init__(self, p, string, pos, endpos):
        self.pattern = p
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._adv = 0

    def _next(self, mode):
        if self._pos is None:
            return None
        p = self.pattern
        r = _sre.match(p._id, self._string, self._pos, self._endpos, mode, self._adv)
        if r is None:
            self._pos = None
            return None
        m = _make_match(p, self._string, self._pos, self._endpos, r)
        self._adv = 1 if r[0] == r[1] else 0
        self._pos = r[1]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(1)


def _make_match(p, string, pos, endpos, r):
    m = object.__new__(Match)
    n = len(string)
    pos = _index(pos)
    endpos = _index(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    m._r = r
    m._c = (p, string, pos, endpos)
    return m


class Match:
    """The result of a successful match."""

    # _r: the engine's tuple (spans, then lastindex); _c: (pattern, string, pos, endpos),
    # shared by all the matches of one finditer.
    __slots__ = ("_r", "_c")

    @property
    def re(self):
        return self._c[0]

    @property
    def string(self):
        return self._c[1]

    @property
    def pos(self):
        return self._c[2]

    @property
    def endpos(self):
        return self._c[3]

    @property
    def lastindex(self):
        return self._r[-1]

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _gi(self, g):
        if isinstance(g, int):
            i = int(g)
        else:
            try:
                i = self.re.groupindex[g]
            except (KeyError, TypeError):
                try:
                    i = _index(g)
                except TypeError:
                    raise IndexError("no such group") from None
        if i < 0 or i > self.re.groups:
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        a = self._r[2 * i]
        if a < 0:
            return default
        return self._c[1][a:self._r[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._gi(args[0]))
        return tuple(self._get(self._gi(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._gi(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._r[2 * self._gi(group)]

    def end(self, group=0):
        return self._r[2 * self._gi(group) + 1]

    def span(self, group=0):
        i = self._gi(group)
        return (self._r[2 * i], self._r[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._r[2 * i], self._r[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        filt = _compile_template(self.re, template)
        if type(filt) is _Mismatch:
            raise TypeError("sequence item 0: " + filt.msg)
        if type(filt) is not list:
            return filt
        out = []
        for item in filt:
            if type(item) is int:
                v = self._get(item)
                if v is not None:
                    out.append(v)
            else:
                out.append(item)
        empty = "" if isinstance(template, str) else b""
        return empty.join(out)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._r[0], self._r[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ----- compiling ---------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                      "as it is an undocumented flag "
                      "without an obvious purpose. "
                      "Don't use it.",
                      DeprecationWarning)
    r = _sre.compile(pattern, flags)
    if r[4]:
        import warnings
        for w in r[4]:
            warnings.warn(w, FutureWarning, stacklevel=3)
    if r[0] is None:
        _, msg, pos, kind, _ = r
        if kind == 1:
            raise OverflowError(msg)
        if kind == 2:
            raise ValueError(msg)
        raise error(msg, pattern, pos)
    p = object.__new__(Pattern)
    p._id = r[0]
    p.pattern = pattern
    p.flags = r[3]
    p.groups = r[1]
    p.groupindex = _MappingProxy(dict(r[2]))
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def _MappingProxy(d):
    try:
        import types
        return types.MappingProxyType(d)
    except Exception:
        return d


_tcache = {}


def _template_error(msg, pattern, pos):
    return error(msg, pattern, pos)


def _compile_template(p, repl):
    key = (p, type(repl), repl)
    try:
        return _tcache[key]
    except (KeyError, TypeError):
        pass
    r = _parse_template(repl, p)
    if len(_tcache) >= _MAXCACHE:
        _tcache.clear()
    _tcache[key] = r
    return r


_ESC = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
        "\\": "\\"}
_OCT = "01234567"
_DIG = "0123456789"


class _Mismatch:
    # A replacement of the other type than the pattern: CPython fails only when joining, that
    # is when something matched, naming the position of the item in its list of pieces.
    def __init__(self, msg):
        self.msg = msg


def _parse_template(repl, p):
    is_text = isinstance(repl, str)
    if is_text:
        src = repl
    else:
        try:
            src = str(bytes(memoryview(repl)), "latin-1")
        except TypeError:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__) from None
        if isinstance(p.pattern, str):
            return _Mismatch("expected str instance, %s found" % type(repl).__name__)
    if is_text and not isinstance(p.pattern, str):
        return _Mismatch("expected a bytes-like object, %s found" % type(repl).__name__)
    if "\\" not in src:
        return repl
    result = []
    lit = []
    n = len(src)
    i = 0
    groups = p.groups

    def flush():
        s = "".join(lit)
        result.append(s if is_text else s.encode("latin-1"))
        del lit[:]

    def addgroup(index, pos):
        if index > groups:
            raise error("invalid group reference %d" % index, repl, pos)
        flush()
        result.append(index)

    while i < n:
        c = src[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, n - 1)
        c = src[i + 1]
        i += 2
        if c == "g":
            if i >= n or src[i] != "<":
                raise error("missing <", repl, i)
            i += 1
            j = src.find(">", i)
            if i >= n:
                raise error("missing group name", repl, i)
            if j < 0:
                raise error("missing >, unterminated name", repl, i)
            name = src[i:j]
            if not name:
                raise error("missing group name", repl, i)
            i = j + 1
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index >= 1073741823:
                    raise error("invalid group reference %d" % index, repl, i - len(name) - 1)
            else:
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, repl,
                                i - len(name) - 1)
                try:
                    index = p.groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None
            addgroup(index, i - len(name) - 1)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and src[i] in _OCT:
                digits += src[i]
                i += 1
            lit.append(chr(int(digits, 8) & 0xff))
        elif c in _DIG:
            digits = c
            isoctal = False
            if i < n and src[i] in _DIG:
                digits += src[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and src[i] in _OCT:
                    digits += src[i]
                    i += 1
                    isoctal = True
                    v = int(digits, 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % digits, repl, start)
                    lit.append(chr(v))
            if not isoctal:
                addgroup(int(digits), start + 1)
        elif c in _ESC:
            lit.append(_ESC[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, repl, start)
        else:
            lit.append("\\" + c)
    flush()
    return result


# ----- the module-level functions --------------------------------------------------------

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _tcache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, "latin1")
        return pattern.translate(_special_chars_map).encode("latin1")


Pattern.__module__ = "re"
Match.__module__ = "re"


class Scanner:
    """A simple lexer: ``lexicon`` is a list of ``(phrase, action)`` pairs; ``scan`` returns
    the actions' results and the unscanned rest of the string."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        g = 1
        for k, (phrase, action) in enumerate(lexicon):
            self._actions[g] = k
            parts.append("(" + phrase + ")")
            g += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._actions[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
