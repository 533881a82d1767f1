total = 1 + \
        2 + \
    3
values = [
    1,
    2,  # comment inside brackets

    3,
]
call(a,
     b)(c
)[d
]
if a and \
   b:
    pass
x = {
    'k': (1,
          2),
}
    \
y = 1
def f(
    a,
    b,
): pass
