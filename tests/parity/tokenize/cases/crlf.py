x = 1
if x:
    y = "a\
b"
    # comment

    z = """t
u"""
w = (1,
  2)
