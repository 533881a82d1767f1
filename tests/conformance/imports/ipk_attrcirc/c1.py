from . import c2
