# The Python half of pyvm's native `posix` module (see posix.rs): record types and the calls
# that take keywords. Runs once, in the module's namespace, when `posix` is first imported.

def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        f = t.__fspath__
    except AttributeError:
        if hasattr(t, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + t.__name__) from None
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (t.__name__, type(r).__name__))


def _path(path, func, int_ok=False, none_ok=False):
    """fspath(path), with the TypeError text CPython's path converter gives for `func`."""
    if isinstance(path, (str, bytes)):
        return path
    if int_ok and isinstance(path, int):
        return path
    if none_ok and path is None:
        return path
    if hasattr(type(path), '__fspath__'):
        return fspath(path)
    if int_ok and none_ok:
        kinds = 'string, bytes, os.PathLike, integer or None'
    elif int_ok:
        kinds = 'string, bytes, os.PathLike or integer'
    elif none_ok:
        kinds = 'string, bytes, os.PathLike or None'
    else:
        kinds = 'string, bytes or os.PathLike'
    raise TypeError('%s: path should be %s, not %s' % (func, kinds, type(path).__name__))


def _one_path(native, name, int_ok=False, none_ok=False):
    def call(path, *, dir_fd=None):
        return native(_path(path, name, int_ok, none_ok))
    call.__name__ = call.__qualname__ = name
    return call

rmdir = _one_path(rmdir, 'rmdir')
remove = _one_path(remove, 'remove')
unlink = _one_path(unlink, 'unlink')
chdir = _one_path(chdir, 'chdir', True)
readlink = _one_path(readlink, 'readlink')
_listdir = listdir

def listdir(path=None):
    """Return a list containing the names of the files in the directory."""
    return _listdir(_path(path, 'listdir', True, True))


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:10])
        self._extra = seq[10:] + (None,) * (19 - len(seq))
        return self

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])

stat_result.__module__ = 'os'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_stat(_path(path, 'stat', True), follow_symlinks))

def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(_stat(_path(path, 'lstat'), False))

def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return stat_result(_fstat(fd))

def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory."""
    _mkdir(_path(path, 'mkdir'), mode)

def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file for low level IO.  Returns a file descriptor (integer)."""
    return _open(_path(path, 'open'), flags, mode)

def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Use the real uid/gid to test for access to a path."""
    return _access(_path(path, 'access', True), mode)

def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    """Create a symbolic link pointing to src named dst."""
    _symlink(fspath(src), fspath(dst))

def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: times must be either a tuple of two ints or None')
        ns = (int(times[0] * 1000000000), int(times[1] * 1000000000))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: ns must be a tuple of two ints')
    else:
        ns = (None, None)
    _utime(fspath(path), ns[0], ns[1])


class _StructSeq(tuple):
    _names = ()
    _prefix = ''

    def __new__(cls, seq, dict=None):
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return '%s(%s)' % (self._prefix, ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self)))

    def __getattr__(self, name):
        try:
            return self[type(self)._names.index(name)]
        except ValueError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name)) from None


class uname_result(_StructSeq):
    _names = ('sysname', 'nodename', 'release', 'version', 'machine')
    _prefix = 'posix.uname_result'

class terminal_size(_StructSeq):
    _names = ('columns', 'lines')
    _prefix = 'os.terminal_size'

uname_result.__module__ = 'posix'
terminal_size.__module__ = 'os'

def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_uname())


class DirEntry:
    """An entry yielded by scandir(): a name, its path and what kind of file it is."""
    __slots__ = ('name', 'path', '_kind', '_stat', '_lstat')

    def __init__(self, name, path, kind):
        self.name = name
        self.path = path
        self._kind = kind
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def is_symlink(self):
        return self._kind == 3

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 3 and follow_symlinks:
            try:
                return (self.stat().st_mode & 0o170000) == 0o040000
            except OSError:
                return False
        return self._kind == 1

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 3 and follow_symlinks:
            try:
                return (self.stat().st_mode & 0o170000) == 0o100000
            except OSError:
                return False
        return self._kind == 2

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == 3:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

DirEntry.__module__ = 'posix'


class ScandirIterator:
    """The iterator (and context manager) that scandir() returns."""

    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()
        return False


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        path = '.'
    else:
        path = _path(path, 'scandir', True, True)
    sep = b'/' if isinstance(path, bytes) else '/'
    prefix = path if path.endswith(sep) else path + sep
    return ScandirIterator([DirEntry(name, prefix + name, kind)
                            for name, kind in _scandir(path)])


environ = dict(_environ())
