s = {f(a) g(b)}
