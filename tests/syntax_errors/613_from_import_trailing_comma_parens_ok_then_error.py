from a import b,
x = 1
