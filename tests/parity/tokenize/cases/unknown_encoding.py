# coding: martian
x = 1
