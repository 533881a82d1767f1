"""pyvm's fnmatch: shell-style wildcard matching (*, ?, [seq], [!seq]) with its own small
matcher, so it needs no regular-expression engine."""

import posixpath as _path

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case-sensitive on POSIX)."""
    name = _path.normcase(name)
    pat = _path.normcase(pat)
    return fnmatchcase(name, pat)

def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = _path.normcase(pat)
    return [n for n in names if fnmatchcase(_path.normcase(n), pat)]

def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        raise TypeError("cannot use a %s pattern on a %s-like object"
                        % ('bytes' if isinstance(pat, bytes) else 'string',
                           'bytes' if isinstance(name, bytes) else 'string'))
    if isinstance(name, bytes):
        name = name.decode('latin-1')
        pat = pat.decode('latin-1')
    return _match(name, 0, _compile(pat), 0)


def _compile(pat):
    """The pattern as a list of items: '*', '?', a (negate, ranges) class, or a literal char."""
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] != '*':
                items.append('*')
        elif c == '?':
            items.append('?')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negate = body[:1] == '!'
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    if body[k] <= body[k + 2]:
                        ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            items.append(('class', negate, ranges))
        else:
            items.append(('lit', c))
    return items


def _match(s, si, items, pi):
    while pi < len(items):
        it = items[pi]
        if it == '*':
            if pi + 1 == len(items):
                return True
            for k in range(si, len(s) + 1):
                if _match(s, k, items, pi + 1):
                    return True
            return False
        if si >= len(s):
            return False
        c = s[si]
        if it == '?':
            pass
        elif it[0] == 'lit':
            if c != it[1]:
                return False
        else:
            inside = False
            for lo, hi in it[2]:
                if lo <= c <= hi:
                    inside = True
                    break
            if inside == it[1]:
                return False
        si += 1
        pi += 1
    return si == len(s)


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    out = []
    for it in _compile(pat):
        if it == '*':
            out.append('.*')
        elif it == '?':
            out.append('.')
        elif it[0] == 'lit':
            c = it[1]
            out.append('\\' + c if c in '.^$*+?{}[]\\|()' or c in ' #&~-\t\n\r\v\f' else c)
        else:
            body = ''.join(lo if lo == hi else lo + '-' + hi for lo, hi in it[2])
            out.append('[' + ('^' if it[1] else '') + body + ']')
    return '(?s:%s)\\Z' % ''.join(out)
