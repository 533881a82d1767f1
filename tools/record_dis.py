#!/usr/bin/env python3
"""Regenerates tests/dis/*.dis, the golden disassemblies of pyvm's compiler.

These are pyvm's own output (its instruction set differs from CPython's), so they are not
recorded from CPython: review the diff (`git diff tests/dis`) before committing.
Equivalent to `PYVM_UPDATE_DIS=1 cargo test -p pyvm-compiler --test dis_golden`.
"""
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
env = dict(os.environ, PYVM_UPDATE_DIS="1")
sys.exit(subprocess.call(
    ["cargo", "test", "-q", "-p", "pyvm-compiler", "--test", "dis_golden"], cwd=root, env=env))
