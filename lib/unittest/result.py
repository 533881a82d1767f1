"""unittest.result (pyvm keeps it in the package's __init__)."""
from . import TestResult
