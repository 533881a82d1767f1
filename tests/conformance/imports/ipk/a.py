print("ipk.a runs as", __name__)
A = "a-value"
def where():
    return __name__
