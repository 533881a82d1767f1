# Where compound statements end: the last non-whitespace token of their block.
class A():
    a = 1; b = 2;
    c = 3;


class B():
    x = None  # type: int


if x:
    y = 1  # type: int
else:
    z = 2; w = 3  # type: int


with open(f) as g:
    g.read();


def f():
    return 1;
