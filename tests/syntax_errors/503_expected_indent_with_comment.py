with a:
# comment
x = 1
