def make_classes():
    out = []
    for name in ("A", "B"):
        class K:
            label = name
            def who(self):
                return self.label + "/" + name
        out.append(K)
    return out

A, B = make_classes()
print(A().who(), B().who())

def method_closure():
    secret = "s3"
    class Box:
        def reveal(self):
            return secret
    return Box
print(method_closure()().reveal())
