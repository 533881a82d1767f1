//! The pyvm virtual machine (not written yet).
