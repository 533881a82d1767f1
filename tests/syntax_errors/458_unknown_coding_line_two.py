#!/usr/bin/env python
# coding=nonexistent-codec
x = 1
