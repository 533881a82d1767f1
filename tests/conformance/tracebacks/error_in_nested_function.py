def outer():
    def middle():
        def inner():
            return undefined_var
        return inner()
    return middle()

outer()
