from .a import A
from . import X
B = A + "+b"
