# Layout: continuation lines, brackets, tabs, comments, semicolons.
x = (1 +
     2 +
     3)
y = 1 + \
    2
if (a and
        b):
	pass
z = [
    1,  # comment
    2,
]
result = func(
    a,
    b=2,
)(c)[d].e
s = """first
second""" + "x"
a = b = c = \
    d
	
def f():
	if x:
		return 1
	return 2
value = {
    "k": [
        (1, 2),
        {3, 4},
    ],
}
