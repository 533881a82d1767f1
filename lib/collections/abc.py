"""Abstract base classes for containers (pyvm's own collections.abc).

The classes live in the top-level module ``_collections_abc`` (as in CPython), so that
``import collections`` does not make ``collections.abc`` an attribute until a program imports
it.
"""

from _collections_abc import *
from _collections_abc import __all__
