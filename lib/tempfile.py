"""pyvm's tempfile: temporary files and directories with unguessable names.

Names are 'tmp' plus eight characters drawn from os.urandom; creation uses O_EXCL (or mkdir)
so a name is never taken twice.
"""

import os as _os

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkstemp', 'mkdtemp',
           'mktemp', 'gettempdir', 'gettempdirb', 'gettempprefix', 'gettempprefixb', 'TMP_MAX',
           'template']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    raw = _os.urandom(8)
    return ''.join(_CHARS[b % len(_CHARS)] for b in raw)


def gettempprefix():
    return template

def gettempprefixb():
    return _os.fsencode(template)

def _candidate_dirs():
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        d = _os.getenv(envname)
        if d:
            yield d
    yield '/tmp'
    yield '/var/tmp'
    yield '/usr/tmp'
    yield _os.getcwd()

def gettempdir():
    """Returns tempfile.tempdir (as str), computing it on first use."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if d != _os.curdir:
                d = _os.path.abspath(d)
            if _os.path.isdir(d) and _os.access(d, _os.W_OK):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                                    % list(_candidate_dirs()))
    return tempdir

def gettempdirb():
    return _os.fsencode(gettempdir())


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, _os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create and open a temporary file; returns (fd, absolute path)."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a temporary directory; returns its absolute path."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """An unused name (unsafe: the file may be created by someone else before use)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """A temporary file with a visible name, removed on close when delete is true."""
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    try:
        file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file removed when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                              errors=errors)


class TemporaryDirectory:
    """A directory removed, with everything in it, on cleanup() or at the end of a with."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False,
                 *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if _os.path.lexists(self.name):
            _rmtree(self.name, self._ignore_cleanup_errors)


def _rmtree(path, ignore_errors):
    try:
        for entry in _os.scandir(path):
            if entry.is_dir(follow_symlinks=False):
                _rmtree(entry.path, ignore_errors)
            else:
                _os.unlink(entry.path)
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise
