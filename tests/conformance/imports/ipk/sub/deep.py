from ..a import A
from .. import b
from . import PARENT_X
DEEP = (A, b.B, PARENT_X)
