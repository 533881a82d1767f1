alpha = 1
beta = 2
_hidden = 3
