"""Coroutine predicates and the text asyncio uses to describe a coroutine."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import inspect
import types
import collections.abc

# The marker old-style (generator-based) coroutine functions carried.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Whether func is a coroutine function (async def, or marked by asyncio)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    if type(obj) is types.CoroutineType:
        return True
    return isinstance(obj, collections.abc.Coroutine)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
