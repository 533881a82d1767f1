"""Path operations shared by every flavour of os.path (pyvm's own): the ones that ask the
file system (exists, isfile, getsize, ...) and commonprefix."""

import posix as _posix

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'islink', 'samefile', 'sameopenfile', 'samestat']

_S_IFMT = 0o170000


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        _posix.stat(path)
    except (OSError, ValueError):
        return False
    return True

def isfile(path):
    """Test whether a path is a regular file"""
    try:
        st = _posix.stat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & _S_IFMT == 0o100000

def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = _posix.stat(s)
    except (OSError, ValueError):
        return False
    return st.st_mode & _S_IFMT == 0o040000

def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = _posix.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return st.st_mode & _S_IFMT == 0o120000

def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _posix.stat(filename).st_size

def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _posix.stat(filename).st_mtime

def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _posix.stat(filename).st_atime

def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _posix.stat(filename).st_ctime

def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_posix.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1

def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev

def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    return samestat(_posix.stat(f1), _posix.stat(f2))

def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(_posix.fstat(fp1), _posix.fstat(fp2))

def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
