x = 1
if x:
    s = """a
b"""
    t = "c\
d"
