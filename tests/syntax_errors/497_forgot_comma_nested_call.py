f(g(a) h(b))
