"""Weak references -- a STRONG-reference stand-in (pyvm's own weakref module).

pyvm has no weak references yet. This module keeps the API so that code using weakref for
caches, registries and back-pointers runs, but every "weak" reference here keeps its referent
alive: ``ref(obj)()`` never returns None, callbacks never run, and the Weak* containers never
lose entries by themselves. Programs that observe an object's death through weakref (``del x``
then ``r() is None``) behave differently from CPython.
"""

from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    """ref(object[, callback]) -- a reference to object (kept alive in pyvm)."""

    __slots__ = ("_obj", "__callback__")

    def __new__(cls, obj, callback=None, /):
        if type(obj) in (int, str, tuple, list, dict, type(None), bool, float, bytes):
            raise TypeError(f"cannot create weak reference to '{type(obj).__name__}' object")
        # Instances of a class whose __slots__ leave out '__weakref__' take no weak references.
        t = type(obj)
        if "__slots__" in t.__dict__ and not hasattr(t, "__weakref__"):
            raise TypeError(f"cannot create weak reference to '{t.__name__}' object")
        self = object.__new__(cls)
        self._obj = obj
        self.__callback__ = callback
        return self

    def __init__(self, obj, callback=None, /):
        pass

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj != other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        obj = self._obj
        return (f"<weakref at {id(self):#x}; to '{type(obj).__module__}."
                f"{type(obj).__qualname__}' at {id(obj):#x}>")

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A reference to a bound method that does not (in CPython) keep its object alive."""

    __slots__ = ()

    def __new__(cls, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = object.__new__(cls)
        self._obj = meth
        self.__callback__ = callback
        return self


class ProxyType:
    """proxy(object[, callback]) -- forwards attribute access to object."""

    __slots__ = ("_proxy_target",)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, "_proxy_target", obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_proxy_target"), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_proxy_target"), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, "_proxy_target"), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_proxy_target")
        return f"<weakproxy at {id(self):#x}; to '{type(obj).__module__}." \
               f"{type(obj).__qualname__}' at {id(obj):#x}>"

    def __str__(self):
        return str(object.__getattribute__(self, "_proxy_target"))

    def __len__(self):
        return len(object.__getattribute__(self, "_proxy_target"))

    def __iter__(self):
        return iter(object.__getattribute__(self, "_proxy_target"))

    def __getitem__(self, key):
        return object.__getattribute__(self, "_proxy_target")[key]

    def __setitem__(self, key, value):
        object.__getattribute__(self, "_proxy_target")[key] = value

    def __eq__(self, other):
        return object.__getattribute__(self, "_proxy_target") == other

    def __bool__(self):
        return bool(object.__getattribute__(self, "_proxy_target"))

    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, "_proxy_target")(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None, /):
    """Create a proxy object that refers to obj."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


def getweakrefcount(obj, /):
    """The number of weak references to obj (always 0 here: none are tracked)."""
    return 0


def getweakrefs(obj, /):
    """The weak references to obj (always empty here: none are tracked)."""
    return []


class WeakValueDictionary(MutableMapping):
    """Mapping whose values would be weakly referenced (kept alive in pyvm)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def itervaluerefs(self):
        return (ref(v) for v in list(self.data.values()))

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]


class WeakKeyDictionary(WeakValueDictionary):
    """Mapping whose keys would be weakly referenced (kept alive in pyvm)."""

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(MutableSet):
    """A set of weakly referenced objects (kept alive in pyvm)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def __contains__(self, item):
        return item in self.data

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def add(self, item):
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def copy(self):
        return type(self)(self.data)

    def __repr__(self):
        return repr(self.data)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)


class finalize:
    """Calls func(*args, **kwargs) when called (or at detach time never); the object is
    never collected in pyvm, so the finalizer only runs when called explicitly."""

    __slots__ = ("_info", "atexit")

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (obj, func, args, kwargs)
        self.atexit = True

    def __call__(self, _=None):
        info, self._info = self._info, None
        if info is not None:
            return info[1](*info[2], **info[3])
        return None

    def detach(self):
        info, self._info = self._info, None
        return info

    def peek(self):
        return self._info

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        if self._info is None:
            return f"<finalize object at {id(self):#x}; dead>"
        obj = self._info[0]
        return (f"<finalize object at {id(self):#x}; for '{type(obj).__name__}' "
                f"at {id(obj):#x}>")
