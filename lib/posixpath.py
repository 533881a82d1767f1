"""pyvm's os.path for POSIX: pure string work on paths plus the file-system queries of
genericpath. Bytes paths work wherever str ones do, as in CPython."""

import posix as _posix
from genericpath import *
from genericpath import _check_arg_types

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime',
           'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount',
           'expanduser', 'expandvars', 'normpath', 'abspath', 'samefile', 'sameopenfile',
           'samestat', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath',
           'isjunction']

supports_unicode_filenames = False
_fspath = _posix.fspath


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'

def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)

def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith(_sep(s))

def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path

def split(p):
    """Split a pathname into (head, tail); tail is everything after the final slash."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail

def splitext(p):
    """Split the extension from a pathname: (root, ext), ext possibly empty."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, extsep = b'/', b'.'
    else:
        sep, extsep = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]

def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = _fspath(p)
    return p[:0], p

def splitroot(p):
    """Split a pathname into drive, root and tail."""
    p = _fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    elif p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    else:
        return empty, p[:2], p[2:]

def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]

def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head

def isjunction(path):
    """Test whether a path is a junction; never on Posix"""
    _fspath(path)
    return False

def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True

def ismount(path):
    """Test whether a path is a mount point"""
    try:
        s1 = _posix.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = _posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino

def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown, do nothing."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        env = _posix.environ
        if b'HOME' in env:
            userhome = env[b'HOME'].decode('utf-8', 'surrogateescape')
        else:
            return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        userhome = _home_of(name)
        if userhome is None:
            return path
    if isinstance(path, bytes):
        userhome = userhome.encode('utf-8', 'surrogateescape')
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep

def _home_of(name):
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == name:
                    return fields[5]
    except OSError:
        pass
    return None

def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables are left unchanged."""
    path = _fspath(path)
    isbytes = isinstance(path, bytes)
    if isbytes:
        if b'$' not in path:
            return path
        text = path.decode('utf-8', 'surrogateescape')
    else:
        if '$' not in path:
            return path
        text = path
    env = _posix.environ
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            j = text.find('}', i + 2)
            name = text[i + 2:j] if j >= 0 else ''
            end = j + 1
            ok = j >= 0 and name and all(_varchar(ch) for ch in name)
        else:
            j = i + 1
            while j < n and _varchar(text[j]):
                j += 1
            name = text[i + 1:j]
            end = j
            ok = bool(name)
        key = name.encode('utf-8', 'surrogateescape') if ok else None
        if ok and key in env:
            out.append(env[key].decode('utf-8', 'surrogateescape'))
        else:
            out.append(text[i:end] if ok else c)
            if not ok:
                end = i + 1
        i = end
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if isbytes else result

def _varchar(ch):
    return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z') or ('0' <= ch <= '9')

def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    _, initial_slashes, path = splitroot(path)
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = initial_slashes + sep.join(new_comps)
    return path or dot

def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _posix.getcwdb()
        else:
            cwd = _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)

def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any symbolic links."""
    filename = _fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)

def _joinrealpath(path, rest, strict, seen):
    if isinstance(path, bytes):
        sep, curdir, pardir = b'/', b'.', b'..'
    else:
        sep, curdir, pardir = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = _posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _posix.stat(newpath)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, _posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True

def relpath(path, start=None):
    """Return a relative version of a path"""
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise

def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
