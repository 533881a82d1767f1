"""pyvm's pathlib: object-oriented file system paths (POSIX flavour only).

A path keeps its normalised parts: an optional root ('/' or '//') and the names after it,
with empty and '.' components dropped and '..' kept, as CPython does.
"""

import os
import posixpath
import fnmatch as _fnmatch

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath',
           'WindowsPath', 'UnsupportedOperation']


class UnsupportedOperation(NotImplementedError):
    """An exception that is raised when an unsupported operation is called on a path."""


def _parse(text):
    if text.startswith('/'):
        if text.startswith('//') and not text.startswith('///'):
            root = '//'
        else:
            root = '/'
    else:
        root = ''
    names = [p for p in text.split('/') if p and p != '.']
    return root, names


class PurePath:
    """A path that does no I/O: string work on its parts only."""
    __slots__ = ('_root', '_names', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        texts = []
        for a in args:
            if isinstance(a, PurePath):
                texts.append(str(a))
                continue
            try:
                a = os.fspath(a)
            except TypeError:
                a = a
            if not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object where '
                                '__fspath__ returns a str, not %r' % type(a).__name__)
            texts.append(a)
        root = ''
        names = []
        for t in texts:
            r, n = _parse(t)
            if r:
                root = r
                names = n
            else:
                names = names + n
        self._root = root
        self._names = names
        self._str = None
        self._hash = None

    def _from(self, root, names):
        p = object.__new__(type(self))
        p._root = root
        p._names = list(names)
        p._str = None
        p._hash = None
        return p

    def with_segments(self, *args):
        return type(self)(*args)

    def __str__(self):
        if self._str is None:
            s = self._root + '/'.join(self._names)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        out = []
        for ch in str(self).encode('utf-8'):
            c = chr(ch)
            if c.isalnum() and ch < 128 or c in '/-._~!$&\'()*+,;=:@':
                out.append(c)
            else:
                out.append('%%%02X' % ch)
        return 'file://' + ''.join(out)

    def _key(self):
        return (self._root, self._names)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return None
        return [self._root] + self._names, [other._root] + other._names

    def __lt__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else str(self) < str(other)

    def __le__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else str(self) <= str(other)

    def __gt__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else str(self) > str(other)

    def __ge__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else str(self) >= str(other)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._names)
        return tuple(self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from(self._root, self._names[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._names:
            p = p.parent
            out.append(p)
        return tuple(out)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from(self._root, self._names[:-1] + [name])

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        if not isinstance(other, PurePath):
            other = self.with_segments(other, *_deprecated)
        if self._root != other._root:
            raise ValueError('{!r} is not in the subpath of {!r}'.format(str(self), str(other)))
        names = self._names
        onames = other._names
        n = 0
        while n < len(onames) and n < len(names) and names[n] == onames[n]:
            n += 1
        if n < len(onames):
            if not walk_up:
                raise ValueError('{!r} is not in the subpath of {!r}'.format(str(self), str(other)))
            if '..' in onames[n:]:
                raise ValueError("'..' segment in {!r} cannot be walked".format(str(other)))
            return self._from('', ['..'] * (len(onames) - n) + names[n:])
        return self._from('', names[n:])

    def is_relative_to(self, other, /, *_deprecated):
        if not isinstance(other, PurePath):
            other = self.with_segments(other, *_deprecated)
        return other == self or other in self.parents

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern, *, case_sensitive=None):
        pat = self.with_segments(path_pattern)
        if not pat._names and not pat._root:
            raise ValueError('empty pattern')
        pnames = pat._names
        names = self._names
        if pat._root:
            if pat._root != self._root or len(pnames) != len(names):
                return False
        elif len(pnames) > len(names):
            return False
        for name, p in zip(reversed(names), reversed(pnames)):
            if not _fnmatch.fnmatchcase(name, p):
                return False
        return True

    def __reduce__(self):
        return (type(self), (str(self),))


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()
    _flavour = posixpath


class PureWindowsPath(PurePath):
    """Not supported by pyvm (POSIX only)."""
    __slots__ = ()
    _flavour = None

    def __init__(self, *args):
        raise UnsupportedOperation('PureWindowsPath is not supported by pyvm')


class Path(PurePath):
    """A path on the file system of this machine: PurePath plus I/O."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except (OSError, ValueError):
            return False
        return True

    def _mode_is(self, kind):
        try:
            return self.stat().st_mode & 0o170000 == kind
        except (OSError, ValueError):
            return False

    def is_dir(self):
        return self._mode_is(0o040000)

    def is_file(self):
        return self._mode_is(0o100000)

    def is_symlink(self):
        try:
            return self.lstat().st_mode & 0o170000 == 0o120000
        except (OSError, ValueError):
            return False

    def is_mount(self):
        return os.path.ismount(self)

    def is_junction(self):
        return False

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._names + [name])

    def _child(self, name):
        return self._from(self._root, self._names + [name])

    def glob(self, pattern, *, case_sensitive=None):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if not pat._names:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        return self._glob(pat._names, pattern.endswith('/'))

    def rglob(self, pattern, *, case_sensitive=None):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        return self._glob(['**'] + pat._names, pattern.endswith('/'))

    def _glob(self, names, dirs_only):
        paths = [self]
        for i, part in enumerate(names):
            last = i == len(names) - 1
            new = []
            for p in paths:
                if part == '**':
                    new.extend(p._walk_dirs())
                elif part == '..':
                    new.append(p._child('..'))
                elif not _has_magic(part):
                    c = p._child(part)
                    if c.exists() if last and not dirs_only else c.is_dir():
                        new.append(c)
                else:
                    try:
                        entries = list(os.scandir(p))
                    except OSError:
                        continue
                    for e in entries:
                        if not last or dirs_only:
                            try:
                                if not e.is_dir():
                                    continue
                            except OSError:
                                continue
                        if part[:1] != '.' and e.name.startswith('.'):
                            if not _fnmatch.fnmatchcase(e.name, part):
                                continue
                        if _fnmatch.fnmatchcase(e.name, part):
                            new.append(p._child(e.name))
            paths = new
        seen = set()
        for p in paths:
            if p not in seen:
                seen.add(p)
                yield p

    def _walk_dirs(self):
        out = [self]
        try:
            entries = list(os.scandir(self))
        except OSError:
            return out
        for e in entries:
            try:
                if e.is_dir(follow_symlinks=False):
                    out.extend(self._child(e.name)._walk_dirs())
            except OSError:
                pass
        return out

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for root, dirs, files in os.walk(self, top_down, on_error, follow_symlinks):
            yield self.with_segments(root), dirs, files

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        return self.with_segments(os.path.realpath(self, strict=strict))

    def owner(self):
        raise UnsupportedOperation('owner() is not supported by pyvm')

    def readlink(self):
        return self.with_segments(os.readlink(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def expanduser(self):
        if self._names and self._names[0][:1] == '~' and not self._root:
            homedir = os.path.expanduser(self._names[0])
            if homedir[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self.with_segments(homedir, *self._names[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Not supported by pyvm (POSIX only)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation('cannot instantiate %r on your system' % (cls.__name__,))


def _has_magic(s):
    return '*' in s or '?' in s or '[' in s
