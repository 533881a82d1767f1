"""Names for the interpreter's built-in types, and helpers for making classes (pyvm's own
types module).

Each type is obtained from an object of that type, as CPython does, so ``types.FunctionType``
is exactly what ``type(f)`` returns here. A type the VM has no distinct object for is
looked up defensively: the module must import even where a feature is still missing.
"""

import sys


def _type_of(make, name):
    """type(make()), or a placeholder class called ``name`` where this VM has no such object
    yet (then isinstance() is simply False)."""
    try:
        return type(make())
    except Exception:
        return type(name, (), {})


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = _type_of(lambda: _f.__code__, "code")
MappingProxyType = _type_of(lambda: type.__dict__, "mappingproxy")
if MappingProxyType is dict:
    # This VM hands out class namespaces as plain dicts; give programs a real read-only view.
    class mappingproxy:
        """mappingproxy(mapping): a read-only view of a mapping."""

        __slots__ = ('_mapping',)

        def __new__(cls, mapping):
            if not hasattr(mapping, '__getitem__') or isinstance(mapping, (list, tuple)):
                raise TypeError(f"mappingproxy() argument must be a mapping, "
                                f"not {type(mapping).__name__}")
            self = object.__new__(cls)
            object.__setattr__(self, '_mapping', mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __contains__(self, key):
            return key in self._mapping

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __or__(self, other):
            return dict(self._mapping) | other

        def __repr__(self):
            return f'mappingproxy({self._mapping!r})'

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        def __setattr__(self, name, value):
            raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    mappingproxy.__module__ = 'builtins'
    MappingProxyType = mappingproxy
    del mappingproxy
CellType = _type_of(lambda: (lambda x: lambda: x)(1).__closure__[0], "cell")


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = _type_of(lambda: [].append, "builtin_function_or_method")
WrapperDescriptorType = _type_of(lambda: object.__init__, "wrapper_descriptor")
MethodWrapperType = _type_of(lambda: object().__str__, "method-wrapper")
MethodDescriptorType = _type_of(lambda: str.join, "method_descriptor")
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'], "classmethod_descriptor")
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = _type_of(lambda: exc.__traceback__, "traceback")
    FrameType = _type_of(lambda: exc.__traceback__.tb_frame, "frame")

GetSetDescriptorType = _type_of(lambda: FunctionType.__code__, "getset_descriptor")
MemberDescriptorType = _type_of(lambda: FunctionType.__globals__, "member_descriptor")

try:
    GenericAlias = type(list[int])
except TypeError:
    class GenericAlias:
        """Represent a PEP 585 generic type (``list[int]``): origin and arguments.

        A stand-in for VMs whose builtin types are not subscriptable yet.
        """

        def __init__(self, origin, args, /):
            self.__origin__ = origin
            self.__args__ = args if isinstance(args, tuple) else (args,)
            self.__parameters__ = ()

        def __call__(self, *args, **kwargs):
            return self.__origin__(*args, **kwargs)

        def __getattr__(self, name):
            if name.startswith('__') and name.endswith('__'):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

        def __hash__(self):
            return hash((self.__origin__, self.__args__))

        def __repr__(self):
            def name(t):
                if t is Ellipsis:
                    return '...'
                if isinstance(t, type) and not isinstance(t, GenericAlias):
                    if t.__module__ == 'builtins':
                        return t.__qualname__
                    return f'{t.__module__}.{t.__qualname__}'
                return repr(t)
            args = ', '.join(name(a) for a in self.__args__) if self.__args__ else '()'
            return f'{name(self.__origin__)}[{args}]'

try:
    UnionType = type(int | str)
except TypeError:
    UnionType = None
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

try:
    SimpleNamespace = type(sys.implementation)
    if SimpleNamespace.__name__ != "SimpleNamespace" or SimpleNamespace(a=1).a != 1:
        raise TypeError
except (AttributeError, TypeError):
    class SimpleNamespace:
        """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

        def __init__(self, /, *args, **kwargs):
            if args:
                raise TypeError("no positional arguments expected")
            self.__dict__.update(kwargs)

        def __repr__(self):
            name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
            return f"{name}({items})"

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

del sys, _f, _g, _c, _ag, _C


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds), kwds without the 'metaclass' entry.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def get_original_bases(cls, /):
    """The class's bases before __mro_entries__ (``__orig_bases__``), else ``__bases__``."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """An attribute that behaves differently when looked up on the class (used by enum)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class _GeneratorWrapper:
    """What a ``types.coroutine`` function returns where the generator itself cannot be
    marked awaitable: the generator, plus ``__await__``."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert a generator function into one whose generators can be awaited (legacy)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and type(getattr(func, '__code__', None)) is CodeType:
        co = func.__code__
        if co.co_flags & 0x180:
            # Already a coroutine function (CO_COROUTINE) or marked (CO_ITERABLE_COROUTINE).
            return func
        if co.co_flags & 0x20 and hasattr(co, 'replace'):
            # CPython sets CO_ITERABLE_COROUTINE on the code in place; where pyvm cannot
            # replace a function's code, the wrapper below gives the same awaitability.
            try:
                func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
            except (AttributeError, TypeError):
                pass
            if func.__code__.co_flags & 0x100:
                return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType
                or coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        if coro.__class__ is GeneratorType or (
                hasattr(coro, 'send') and hasattr(coro, 'throw') and hasattr(coro, '__next__')
                and not hasattr(coro, '__await__')):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


__all__ = [n for n in globals() if not n.startswith('_')]
