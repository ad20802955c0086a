# keys/values/items, get, update, setdefault, pop, popitem, copy, clear.
d = {"a": 1, "b": 2, "c": 3}
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.get("a"), d.get("z"), d.get("z", 0))
d.update({"b": 20, "d": 4})
d.update(e=5)
d.update([("f", 6)])
print(d)
print(d.setdefault("a", 99), d.setdefault("g", 7), d)
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
c.clear()
print(c)
for k, v in d.items():
    print(k, "->", v)
total = 0
for v in d.values():
    total += v
print(total, sorted(d.keys(), reverse=True))
print("b" in d.keys(), 20 in d.values(), ("b", 20) in d.items())
