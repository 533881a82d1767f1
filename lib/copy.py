"""Shallow and deep copy operations (pyvm's own copy module).

copy(x) and deepcopy(x) honour ``__copy__``/``__deepcopy__`` and ``__reduce_ex__``/
``__reduce__`` overrides; plain instances are rebuilt with ``cls.__new__`` plus their state
(``__getstate__``/``__setstate__`` when a class defines them, otherwise ``__dict__`` and
slots). deepcopy keeps a memo keyed by ``id()`` so shared and recursive structures are copied
once.
"""

import sys as _sys
import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # backward compatibility

# Objects of these types are their own copies (immutable, or identity is what matters).
_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str,
           bytes, type, range, property, _types.BuiltinFunctionType, _types.FunctionType,
           _types.CodeType}


def _is_atomic(cls):
    if cls in _ATOMIC or issubclass(cls, type):
        return True
    # Weak references are atomic too; there can only be some once weakref is imported, so
    # it is looked up here rather than imported with this module.
    weakref = _sys.modules.get('weakref')
    return weakref is not None and cls is getattr(weakref, 'ref', None)


def _overridden(cls, name):
    method = getattr(cls, name, None)
    base = getattr(object, name, None)
    return method is not None and method is not base


def _slot_names(cls):
    names = []
    for klass in getattr(cls, '__mro__', ()):
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            names.append(name)
    return names


def _has_instance_dict(cls):
    # A Python class gives its instances a __dict__ unless it (and every Python base) lists
    # __slots__ without '__dict__'.
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            continue
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            return True
        if isinstance(slots, str):
            slots = (slots,)
        if '__dict__' in slots:
            return True
    return False


def _default_state(x):
    state = None
    if _has_instance_dict(type(x)):
        state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _new_like(x, memo=None):
    """A new, empty object of x's class (constructor arguments deep-copied when memo is
    given, as deepcopy does for the arguments of ``__reduce_ex__``)."""
    cls = type(x)
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        if memo is not None:
            args, kwargs = deepcopy(args, memo), deepcopy(kwargs, memo)
        return cls.__new__(cls, *args, **kwargs)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if memo is not None:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    return cls.__new__(cls)


def _set_state(y, state, deep, memo):
    if state is None:
        return
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and _overridden(type(y), '__setstate__'):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        try:
            y.__dict__.update(state)
        except AttributeError:
            for key, value in state.items():
                setattr(y, key, value)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _get_state(x):
    if _overridden(type(x), '__getstate__'):
        return x.__getstate__()
    return _default_state(x)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deep):
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    _set_state(y, state, deep, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _reduce(x):
    """What __reduce_ex__(4)/__reduce__ return when a class overrides them, else None."""
    cls = type(x)
    if _overridden(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _overridden(cls, '__reduce__'):
        return x.__reduce__()
    return None


def copy(x):
    """A new object like x whose contents are x's own (not copied) objects."""
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv, deep=False)
    if isinstance(x, (list, dict, set)):
        y = _new_like(x)
        _set_state(y, _get_state(x), False, None)
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            y.update(x)
        else:
            y.update(x)
        return y
    try:
        y = _new_like(x)
    except TypeError:
        raise Error(f"un(shallow)copyable object of type {cls}") from None
    _set_state(y, _get_state(x), False, None)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A copy of x with everything it contains copied too (shared parts stay shared)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple may have been copied through a recursive reference meanwhile.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif hasattr(x, '__deepcopy__') and not isinstance(x, type):
        y = x.__deepcopy__(memo)
    else:
        rv = _reduce(x)
        if rv is not None:
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv, deep=True)
        else:
            try:
                y = _new_like(x, memo)
            except TypeError:
                raise Error(f"un(deep)copyable object of type {cls}") from None
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(item, memo) for item in x)
            elif isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            elif isinstance(x, set):
                y.update(deepcopy(item, memo) for item in x)
            _set_state(y, _get_state(x), True, memo)
    if y is not x:
        memo[d] = y
        # Keep x alive while the memo is, so its id cannot be reused by another object.
        memo.setdefault(id(memo), []).append(x)
    return y
