f(a, 'b' c)
