"""unittest.suite (pyvm keeps it in the package's __init__)."""
from . import TestSuite, BaseTestSuite
