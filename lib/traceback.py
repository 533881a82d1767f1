"""pyvm's traceback: print and format exceptions and stacks as CPython 3.12 does.

The text of a whole exception (its chain, each frame's source line and `~~^^` position
markers) is the VM's own, the same it prints for an uncaught exception, obtained through the
pyvm-private `_stackinfo` module. Frame summaries (extract_tb, extract_stack) are plain
Python objects.
"""

import sys
import _stackinfo

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


def _lines(text):
    return text.splitlines(keepends=True)


def _chunks(text):
    # Split the VM's text the way CPython's format_exception lists it: one string per
    # header, per frame (with its source and marker lines), per chain message, per final line.
    out = []
    lines = _lines(text)
    i = 0
    in_frame = False
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File '):
            out.append(line)
            in_frame = True
        elif in_frame and line.startswith('    '):
            out[-1] += line
        elif (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n' and
              (lines[i + 1].startswith('The above exception') or
               lines[i + 1].startswith('During handling'))):
            out.append(''.join(lines[i:i + 3]))
            i += 2
            in_frame = False
        else:
            out.append(line)
            in_frame = False
        i += 1
    return out


def _getline(filename, lineno):
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, TypeError, ValueError):
        pass
    return ''


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _limit(limit):
    # The traceback module's reading of a missing limit (CPython's StackSummary.extract).
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as a list of lines."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _chunks(_stackinfo.format_exception(value, _limit(limit), chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: the 'Type: message' line(s)."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return [f'{type(value).__name__}: {value}\n']
    return _lines(_stackinfo.format_exception_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception (with its traceback and chain) to file, default sys.stderr."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def _current():
    exc = sys.exc_info()[1]
    return exc


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(_current(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, with its traceback (sys.exception())."""
    print_exception(_current(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, 'last_exc') and not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    exc = getattr(sys, 'last_exc', None) or getattr(sys, 'last_value', None)
    print_exception(exc, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """The 'File ..., line ...' entries of a traceback object, as a list of strings."""
    text = _stackinfo.format_tb(tb)
    entries = []
    for line in _lines(text):
        if line.startswith('  File ') or not entries:
            entries.append(line)
        else:
            entries[-1] += line
    limit = _limit(limit)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return entries


def print_tb(tb, limit=None, file=None):
    """Print the entries of a traceback object to file, default sys.stderr."""
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')


class FrameSummary:
    """One frame of a stack: filename, lineno, name and source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > 3:
                    count -= 3
                    result.append(f'  [Previous line repeated {count} more '
                                  f"time{'s' if count > 1 else ''}]\n")
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            count -= 3
            result.append(f'  [Previous line repeated {count} more '
                          f"time{'s' if count > 1 else ''}]\n")
        return result


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) from a frame outwards (pyvm: only the given frame)."""
    while f is not None:
        yield f, f.f_lineno
        f = getattr(f, 'f_back', None)


def extract_tb(tb, limit=None):
    """A StackSummary of a traceback object's entries."""
    result = StackSummary()
    for frame, lineno in walk_tb(tb):
        code = frame.f_code
        result.append(FrameSummary(code.co_filename, lineno, code.co_name))
    limit = _limit(limit)
    if limit is not None:
        result = StackSummary(result[:limit] if limit >= 0 else result[limit:])
    return result


def _stack_frames():
    # The running frames, outermost first, without traceback.py's own.
    frames = _stackinfo.stack()
    while frames and frames[-1][0] == __file__:
        frames.pop()
    return frames


def extract_stack(f=None, limit=None):
    """A StackSummary of the current stack (the caller's frame last)."""
    result = StackSummary(FrameSummary(filename, lineno, name)
                          for filename, lineno, name in _stack_frames())
    limit = _limit(limit)
    if limit is not None:
        result = StackSummary(result[-limit:] if limit >= 0 else result[:-limit])
    return result


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


def format_stack(f=None, limit=None):
    """The current stack formatted as a list of strings."""
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    """Print the current stack to file, default sys.stderr."""
    if file is None:
        file = sys.stderr
    for item in format_stack(f, limit):
        print(item, file=file, end='')


def print_list(extracted_list, file=None):
    """Print a list of frame summaries to file, default sys.stderr."""
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def clear_frames(tb):
    """Clear the locals of the traceback's frames (a no-op in pyvm)."""
    return None


class TracebackException:
    """An exception ready for rendering: type, message, stack, cause and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = str(exc_value) if exc_value is not None else ''
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        # Each exception is described once: a cause or context already seen (a cycle, or the
        # context that is also the cause) is left out, as CPython's _seen set does.
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        sub = dict(limit=limit, max_group_width=max_group_width,
                   max_group_depth=max_group_depth, _seen=_seen)
        cause = getattr(exc_value, '__cause__', None)
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **sub)
        else:
            self.__cause__ = None
        context = getattr(exc_value, '__context__', None)
        need_context = not (compact and (self.__cause__ is not None or
                                         self.__suppress_context__))
        if context is not None and need_context and id(context) not in _seen:
            self.__context__ = TracebackException(type(context), context,
                                                  context.__traceback__, **sub)
        else:
            self.__context__ = None
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, **sub)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception part of the traceback, as lines."""
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        """The whole traceback, as lines (what print_exception prints)."""
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to file."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')
