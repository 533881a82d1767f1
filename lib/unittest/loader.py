"""unittest.loader (pyvm keeps it in the package's __init__)."""
from . import TestLoader, defaultTestLoader
