from . import a as b.c
