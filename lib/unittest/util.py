"""unittest.util (pyvm keeps it in the package's __init__)."""
from . import safe_repr, strclass
