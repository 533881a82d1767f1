def f[T, *Ts, **P](x: T) -> T:
    def g() -> T:
        return x
    return T, Ts, P, g
