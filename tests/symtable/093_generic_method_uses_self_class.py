class C:
    def m[T](self) -> 'C':
        return super().m()
