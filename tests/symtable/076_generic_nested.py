def outer[T]():
    class Inner[U: T]:
        def m[V](self, a: U, b: V) -> T: ...
    return Inner
