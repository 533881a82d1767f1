//! CPython's marshal format and the PEP 552 `.pyc` header.
