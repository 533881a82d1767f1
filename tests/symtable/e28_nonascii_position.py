def f():
    é = 1; ĉ = 2; global ĉ
