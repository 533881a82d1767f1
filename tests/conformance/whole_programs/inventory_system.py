class Item:
    __slots__ = ("sku", "name", "price", "qty")
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.sku in self._items:
            raise KeyError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
    def __getitem__(self, sku):
        return self._items[sku]
    def __contains__(self, sku):
        return sku in self._items
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def __len__(self):
        return len(self._items)
    def restock(self, sku, n):
        self[sku].qty += n
    def sell(self, sku, n):
        item = self[sku]
        if item.qty < n:
            raise ValueError(f"only {item.qty} {item.name} left")
        item.qty -= n
        return item.price * n
    def report(self):
        lines = [f"{'SKU':<6}{'NAME':<10}{'QTY':>5}{'VALUE':>10}"]
        for it in self:
            lines.append(f"{it.sku:<6}{it.name:<10}{it.qty:>5}{it.value:>10.2f}")
        lines.append(f"{'TOTAL':<21}{sum(i.value for i in self):>10.2f}")
        return "\n".join(lines)

inv = Inventory()
for args in [("A1", "widget", 2.5, 10), ("B2", "gadget", 12.0, 3), ("C3", "doohickey", 0.75, 100)]:
    inv.add(Item(*args))
print(len(inv), "B2" in inv, "Z9" in inv)
print("revenue:", inv.sell("A1", 4), inv.sell("C3", 50))
inv.restock("B2", 2)
for op in (lambda: inv.sell("B2", 10), lambda: inv.add(Item("A1", "dup", 1)), lambda: inv["Z9"]):
    try:
        op()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(inv.report())
print(list(inv))
