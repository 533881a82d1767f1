# The Python half of pyvm's `py_compile` module (run in the module's namespace by
# py_compile.rs). Native helpers already defined: _cache_from_source, _check_target, _read,
# _compile_bytes, _write, _format_exception_only, _source_date_epoch.

import sys


class PyCompileError(Exception):
    """Exception raised when an error occurs while attempting to compile the file."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            tbtext = _format_exception_only(exc_value)
            errmsg = tbtext.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode:
    """How a pyc records the state of its source (pyvm writes timestamp pycs)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "<PycInvalidationMode.%s: %d>" % (self.name, self.value)

    def __str__(self):
        return "PycInvalidationMode." + self.name

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self.value)


PycInvalidationMode.TIMESTAMP = PycInvalidationMode('TIMESTAMP', 1)
PycInvalidationMode.CHECKED_HASH = PycInvalidationMode('CHECKED_HASH', 2)
PycInvalidationMode.UNCHECKED_HASH = PycInvalidationMode('UNCHECKED_HASH', 3)


def _get_default_invalidation_mode():
    if _source_date_epoch():
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Byte-compile one Python source file to pyvm bytecode; return the pyc path.

    pyvm writes its own pycs (``__pycache__/NAME.pyvm-312.pyc``), always timestamp-based.
    """
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        cfile = _cache_from_source(file, optimize)
    _check_target(cfile)
    source_bytes = _read(file)
    try:
        code = _compile_bytes(source_bytes, dfile or file)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            else:
                sys.stderr.write(py_exc.msg + '\n')
        return
    _write(file, cfile, code)
    return cfile


_USAGE = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n"
_HELP = _USAGE + """
A simple command-line interface for py_compile module.

positional arguments:
  filenames    Files to compile

options:
  -h, --help   show this help message and exit
  -q, --quiet  Suppress error output
"""


def main():
    quiet = False
    filenames = []
    only_names = False
    unknown = []
    for arg in sys.argv[1:]:
        if only_names or arg == '-' or not arg.startswith('-'):
            filenames.append(arg)
        elif arg == '--':
            only_names = True
        elif arg in ('-q', '--quiet'):
            quiet = True
        elif arg in ('-h', '--help'):
            sys.stdout.write(_HELP)
            sys.exit(0)
        else:
            unknown.append(arg)
    if not filenames:
        sys.stderr.write(_USAGE + "py_compile.py: error: the following arguments are "
                         "required: filenames\n")
        sys.exit(2)
    if unknown:
        sys.stderr.write(_USAGE + "py_compile.py: error: unrecognized arguments: %s\n"
                         % " ".join(unknown))
        sys.exit(2)
    if filenames == ['-']:
        filenames = [filename.rstrip('\n') for filename in sys.stdin.readlines()]
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if not quiet:
                sys.stderr.write(error.msg)
            sys.exit(1)
        except OSError as error:
            if not quiet:
                sys.stderr.write(str(error))
            sys.exit(1)


_main = main
