# Inventory management: dicts of objects, validation, aggregation, sorting.
class Item:
    def __init__(self, sku, name, qty, price_cents):
        if qty < 0:
            raise ValueError(f"negative quantity for {sku}")
        self.sku = sku
        self.name = name
        self.qty = qty
        self.price_cents = price_cents
    def value(self):
        return self.qty * self.price_cents
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {sku} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[sku]
    def total_value(self):
        return sum([i.value() for i in self.items.values()])
    def low_stock(self, threshold):
        return sorted([i.sku for i in self.items.values() if i.qty < threshold])
inv = Inventory()
for sku, name, qty, price in [("A1", "bolt", 100, 5), ("B2", "nut", 250, 2), ("C3", "gear", 3, 1250), ("A1", "bolt", 20, 5)]:
    inv.add(Item(sku, name, qty, price))
print(inv.items)
print(inv.total_value(), inv.low_stock(10))
for sku, qty in [("B2", 50), ("C3", 3), ("Z9", 1), ("A1", 500)]:
    try:
        inv.remove(sku, qty)
        print("removed", qty, sku)
    except KeyError as e:
        print("unknown sku", e)
    except ValueError as e:
        print("cannot remove:", e)
try:
    Item("X", "bad", -1, 1)
except ValueError as e:
    print(e)
print(inv.items, inv.total_value())
report = [(i.name, i.qty, i.value()) for i in sorted(inv.items.values(), key=lambda i: -i.value())]
for name, qty, value in report:
    print(f"{name:<6}{qty:>5}{value:>8}")
