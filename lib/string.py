"""String constants, capwords, Template and Formatter (pyvm's own string module).

Template placeholders are found by a small scanner instead of a regular expression: the
delimiter may be customised by subclasses (``delimiter = '%'``), identifiers are ASCII
``[_a-zA-Z][_a-zA-Z0-9]*``. Custom ``idpattern``/``pattern`` regular expressions are not
supported.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (a space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_sentinel_dict = {}


def _identifier_end(s, i):
    """The end of the identifier starting at s[i], or i if none starts there."""
    if i < len(s) and s[i] in _ID_START:
        i += 1
        while i < len(s) and s[i] in _ID_CHARS:
            i += 1
    return i


class _ChainMap:
    # The keyword arguments win over the mapping, without importing collections.
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A template string with $name / ${name} placeholders, filled by substitute()."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (start, end, kind, name) for each delimiter occurrence.

        kind is 'escaped', 'named', 'braced' or 'invalid'; end is where the text after the
        placeholder resumes; for 'invalid', end is just past the delimiter.
        """
        s = self.template
        delim = self.delimiter
        n = len(delim)
        i = s.find(delim)
        while i >= 0:
            j = i + n
            if s.startswith(delim, j):
                yield i, j + n, 'escaped', None
                i = s.find(delim, j + n)
                continue
            end = _identifier_end(s, j)
            if end > j:
                yield i, end, 'named', s[j:end]
                i = s.find(delim, end)
                continue
            if j < len(s) and s[j] == '{':
                end = _identifier_end(s, j + 1)
                if end > j + 1 and end < len(s) and s[end] == '}':
                    yield i, end + 1, 'braced', s[j + 1:end]
                    i = s.find(delim, end + 1)
                    continue
            yield i, j, 'invalid', None
            i = s.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        s = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._placeholders():
            out.append(s[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(self.delimiter)
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(s[start:end])
            else:
                out.append(str(mapping[name]))
            pos = end
        out.append(s[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._placeholders())

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


def _parse_format(s):
    """Split a format string into (literal, field_name, format_spec, conversion) tuples."""
    i = 0
    n = len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        name, spec, conversion, i = _parse_field(s, i + 1)
        yield ''.join(literal), name, spec, conversion
        literal = []
    if literal:
        yield ''.join(literal), None, None, None


def _parse_field(s, i):
    """Parse the replacement field whose text starts at s[i] (just after its '{').

    The name runs to the first ':', '!' or '}' outside square brackets; a conversion is one
    character after '!'; the spec runs to the '}' that balances the braces opened inside it.
    Returns (name, spec, conversion, index after the closing '}').
    """
    n = len(s)
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            c = ''
            continue
        if c in '}:!':
            break
        c = ''
    if c == '}':
        return s[start:i - 1], '', None, i
    if c not in (':', '!'):
        raise ValueError("expected '}' before end of string")
    name = s[start:i - 1]
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """'a.b[0]' -> ('a', iterator over (True, 'b'), (False, 0)); digit parts become ints.

    The rest is checked lazily, as CPython's does: a malformed attribute only raises once the
    first part has been looked up.
    """
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    return first, _field_name_rest(name, k)


def _field_name_rest(name, k):
    while k < len(name):
        if name[k] == '.':
            k += 1
            start = k
            while k < len(name) and name[k] not in '.[':
                k += 1
            attr = name[start:k]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield True, attr
        elif name[k] == '[':
            end = name.find(']', k)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:end]
            if not key:
                raise ValueError("Empty attribute in format string")
            k = end + 1
            if k < len(name) and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, int(key) if key.isdigit() else key
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format's machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) for format_string."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
