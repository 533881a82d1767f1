class Positive:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, got {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.private, value)

class Product:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty

p = Product(2.5, 4)
print(p.total())
for bad in (("x", 1), (-1, 1), (1, 0)):
    try:
        Product(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
