class C:
    def m(self):
        return [lambda: i for i in range(3)]
