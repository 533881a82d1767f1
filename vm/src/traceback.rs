//! Printing uncaught exceptions as CPython 3.12 does.
