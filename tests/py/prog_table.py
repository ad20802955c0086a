# Formatting a report table with simple f-string specs.
rows = [
    ("apples", 3, 0.5),
    ("bananas", 12, 0.25),
    ("cherries", 200, 0.1),
    ("dates", 7, 1.75),
]
header = f"{'item':<10}|{'qty':>5}|{'price':>7}|{'total':>8}"
print(header)
print("-" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5}|{price:>7.2f}|{total:>8.2f}")
print("-" * len(header))
print(f"{'TOTAL':<10}|{sum([r[1] for r in rows]):>5}|{'':>7}|{grand:>8.2f}")
print(f"{'centered':^30}|")
widths = [max([len(str(r[i])) for r in rows]) for i in range(3)]
print(widths)
for r in rows:
    print(" ".join([str(v) + " " * (w - len(str(v))) for v, w in zip(r, widths)]) + "|")
