# The Python half of pyvm's `dis` module (run in the module's namespace by dis.rs).
# Native helpers already defined: _disassemble, _instructions, _stacksize, findlinestarts,
# opname, opmap.

def _f():
    pass


class _C:
    def _m(self):
        pass


_FunctionType = type(_f)
_CodeType = type(_f.__code__)
_MethodType = type(_C()._m)
_have_code = (_MethodType, _FunctionType, _CodeType, classmethod, staticmethod, type)
del _f, _C

# Opcode families, as the `opcode` module lists them (pyvm's jumps hold absolute targets).
def _ops(*names):
    return [opmap[n] for n in names if n in opmap]


hasconst = _ops('LOAD_CONST', 'MAKE_FUNCTION')
hasname = _ops('LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME', 'STORE_NAME',
               'DELETE_NAME', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD',
               'IMPORT_NAME', 'IMPORT_FROM')
hasjabs = _ops('JUMP', 'JUMP_IF_FALSE', 'JUMP_IF_TRUE', 'JUMP_IF_NONE', 'JUMP_IF_NOT_NONE',
               'FOR_ITER')
hasjrel = []
haslocal = []
hasfree = _ops('LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'MAKE_CELL')
hascompare = _ops('JUMP_IF_NOT_LT', 'JUMP_IF_NOT_LE', 'JUMP_IF_NOT_GT', 'JUMP_IF_NOT_GE',
                  'JUMP_IF_NOT_EQ', 'JUMP_IF_NOT_NE')
hasarg = sorted(set(range(256)) - set(_ops('NOP')))
cmp_op = ('<', '<=', '==', '!=', '>', '>=')
EXTENDED_ARG = opmap.get('EXTENDED', 1)
HAVE_ARGUMENT = 0
del _ops

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class _NamedTuple(tuple):
    __slots__ = ()
    _fields = ()
    _field_defaults = {}

    def __new__(cls, *args, **kwargs):
        values = list(args)
        for name in cls._fields[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in cls._field_defaults:
                values.append(cls._field_defaults[name])
            else:
                raise TypeError("%s.__new__() missing required argument: '%s'" % (cls.__name__, name))
        if kwargs:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                            % (cls.__name__, list(kwargs)[0]))
        if len(values) > len(cls._fields):
            raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                            % (cls.__name__, len(cls._fields) + 1, len(values) + 1))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(
            "%s=%r" % (name, value) for name, value in zip(self._fields, self)) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(self._fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return type(self)(*values)


def _field(i):
    return property(lambda self: self[i])


class Positions(_NamedTuple):
    __slots__ = ()
    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')
    _field_defaults = {'lineno': None, 'end_lineno': None, 'col_offset': None,
                       'end_col_offset': None}
    lineno = _field(0)
    end_lineno = _field(1)
    col_offset = _field(2)
    end_col_offset = _field(3)


class Instruction(_NamedTuple):
    __slots__ = ()
    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
               'is_jump_target', 'positions')
    _field_defaults = {'positions': None}
    opname = _field(0)
    opcode = _field(1)
    arg = _field(2)
    argval = _field(3)
    argrepr = _field(4)
    offset = _field(5)
    starts_line = _field(6)
    is_jump_target = _field(7)
    positions = _field(8)


del _field


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _get_code_object(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, _CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % _stacksize(co))
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, _CodeType):
        print(_disassemble(x, depth), end='', file=file)
    elif hasattr(x, '__dict__'):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("pyvm cannot disassemble raw bytes (its instructions are not CPython's)")
    elif isinstance(x, str):
        print(_disassemble(_try_compile(x, '<dis>'), depth), end='', file=file)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        import sys
        try:
            if hasattr(sys, 'last_exc'):
                tb = sys.last_exc.__traceback__
            else:
                tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object (without the code objects nested in it)."""
    print(_disassemble(co, 0, lasti), end='', file=file)


disco = disassemble


def _get_instructions(co, line_offset=0):
    return [Instruction(*(t[:8] + (Positions(*t[8]),))) for t in _instructions(co, line_offset)]


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code."""
    co = _get_code_object(x)
    if first_line is not None:
        line_offset = first_line - co.co_firstlineno
    else:
        line_offset = 0
    return iter(_get_instructions(co, line_offset))


class Bytecode:
    """The bytecode operations of a piece of code."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return iter(_get_instructions(self.codeobj, self._line_offset))

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        if self.current_offset is None:
            return _disassemble(self.codeobj, 0)
        return _disassemble(self.codeobj, 0, self.current_offset)
