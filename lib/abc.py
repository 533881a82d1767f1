"""Abstract base classes (pyvm's own abc module).

``ABCMeta`` keeps, per class, the set of classes registered as virtual subclasses and two caches
of ``issubclass`` answers (positive and negative). The negative cache is dropped whenever any
class is registered anywhere (a global counter, CPython's "cache token"), because a new
registration can turn an earlier "no" into "yes".

pyvm keeps strong references to registered classes and cached classes (CPython uses weak
sets): classes live as long as their module anyway in ordinary programs.
"""

__all__ = [
    "ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
    "abstractproperty", "get_cache_token", "update_abstractmethods",
]


def abstractmethod(funcobj):
    """Mark a method abstract: a class with abstract methods left cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use ``classmethod`` over ``abstractmethod``."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        try:
            super().__init__(callable)
        except TypeError:
            pass  # a VM whose classmethod/staticmethod takes the callable in __new__ only


class abstractstaticmethod(staticmethod):
    """Deprecated: use ``staticmethod`` over ``abstractmethod``."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        try:
            super().__init__(callable)
        except TypeError:
            pass  # a VM whose classmethod/staticmethod takes the callable in __new__ only


class abstractproperty(property):
    """Deprecated: use ``property`` over ``abstractmethod``."""

    __isabstractmethod__ = True


# Bumped by every register() call; negative caches older than this are stale.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever any ABC gets a new virtual subclass."""
    return _invalidation_counter


class _AbcData:
    """The per-class state (CPython keeps it in ``_abc_impl`` too)."""

    __slots__ = ("registry", "subclasses", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = set()
        # Direct subclasses, recorded at class creation (no need for type.__subclasses__).
        self.subclasses = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False) or isinstance(value, abstractproperty):
        return True
    # property, classmethod and staticmethod are abstract when what they wrap is; asked
    # directly in case the VM's descriptor types do not forward __isabstractmethod__.
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def _impl(cls):
    data = cls.__dict__.get("_abc_impl")
    if data is None:
        data = _AbcData()
        type.__setattr__(cls, "_abc_impl", data)
    return data


class ABCMeta(type):
    """Metaclass for abstract base classes.

    Classes made with it can register unrelated classes (and builtin types) as "virtual
    subclasses": ``isinstance``/``issubclass`` then answer True for them, although they do not
    inherit from the ABC.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _AbcData()
        for base in bases:
            if isinstance(base, ABCMeta):
                _impl(base).subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns it, so it works as a decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _impl(cls).registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        data = _impl(cls)
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (data.negative_version == _invalidation_counter
                    and subclass in data.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = _impl(cls)
        if subclass in data.cache:
            return True
        if data.negative_version < _invalidation_counter:
            data.negative_cache = set()
            data.negative_version = _invalidation_counter
        elif subclass in data.negative_cache:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            data.cache.add(subclass)
            return True
        for rcls in data.registry:
            if issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        for scls in data.subclasses:
            if issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debugging aid: print the registry and caches."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        data = _impl(cls)
        print(f"_abc_registry: {data.registry!r}", file=file)
        print(f"_abc_cache: {data.cache!r}", file=file)
        print(f"_abc_negative_cache: {data.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {data.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        _impl(cls).registry.clear()

    def _abc_caches_clear(cls):
        data = _impl(cls)
        data.cache.clear()
        data.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute ``cls.__abstractmethods__`` after methods were added or replaced."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Inherit from this to make an abstract base class without naming the metaclass."""

    __slots__ = ()

# CPython implements ABCMeta's machinery in C (_abc): it shows no frames in tracebacks.
__import__("_stackinfo").c_implemented(ABCMeta)
