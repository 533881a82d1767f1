"""pyvm's `os`: the native `posix` calls plus the portable layer written in Python.

Everything that is a system call lives in the native `posix` module and is re-exported here;
this file adds what CPython's os.py adds on top: the `environ` mapping of str, `walk`,
`makedirs`/`removedirs`, `fsencode`/`fsdecode`, the path constants and `os.path`.
"""

import sys
import abc as _abc

from posix import *
from posix import (stat_result, DirEntry, terminal_size, uname_result, fspath, environ as _b_environ,
                   putenv, unsetenv, _StructSeq)
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


# ----- file system encoding ---------------------------------------------------------------

def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename

def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None or NotImplemented
        return NotImplemented


# ----- environ ----------------------------------------------------------------------------

class _Environ:
    """The process environment as a mapping of str; changes reach the real environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self._encode(key)]
        except KeyError:
            raise KeyError(key) from None
        return self._decode(value)

    def __setitem__(self, key, value):
        k = self._encode(key)
        v = self._encode(value)
        putenv(k, v)
        self._data[k] = v

    def __delitem__(self, key):
        k = self._encode(key)
        unsetenv(k)
        try:
            del self._data[k]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for k in list(self._data):
            yield self._decode(k)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        return self._encode(key) in self._data

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return [self._decode(k) for k in self._data]

    def values(self):
        return [self._decode(v) for v in self._data.values()]

    def items(self):
        return [(self._decode(k), self._decode(v)) for k, v in self._data.items()]

    def pop(self, key, *default):
        if key in self:
            v = self[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return dict(self.items())

    def clear(self):
        for k in list(self):
            del self[k]

    def __eq__(self, other):
        return dict(self.items()) == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % (k, v) for k, v in self.items())

    def __or__(self, other):
        d = dict(self.items())
        d.update(other)
        return d

    @staticmethod
    def _encode(value):
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        return value.encode('utf-8', 'surrogateescape')

    @staticmethod
    def _decode(value):
        return value.decode('utf-8', 'surrogateescape')


environ = _Environ(_b_environ)
environb = _b_environ
supports_bytes_environ = True

def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)

def getenvb(key, default=None):
    return environb.get(key, default)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the named executable."""
    if env is None:
        env = environ
    path_list = env.get('PATH') if env is not None else None
    if path_list is None:
        path_list = defpath
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    return path_list.split(pathsep)


# ----- directory trees --------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise

def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)

def renames(old, new):
    """Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass

def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    import posix
    return posix.get_terminal_size(fd)


def _fscodec():
    return fsencode, fsdecode
