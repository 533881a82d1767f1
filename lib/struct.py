"""Functions to convert between Python values and C structs (pyvm: the work is done by the
native `_struct` module; this module only re-exports it, as CPython's does)."""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
