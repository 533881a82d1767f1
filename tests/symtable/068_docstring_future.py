'''doc'''
from __future__ import annotations
def f(a: A): pass
