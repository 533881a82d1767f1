class Outer:
    X = int
    def f[T: X](self, a: T) -> X:
        return a
    type Alias[U] = list[X]
    class Inner[V: X]:
        pass
