# match: mapping patterns, **rest, nested values, key lookup through get()
def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

print(m({"type": "point", "x": 1, "y": 2}))
print(m({"type": "point", "x": 1, "y": 2, "z": 3}))
print(m({"type": "circle", "r": 5, "color": "red", "fill": True}))
print(m({"type": "square"}))
print(m({}))
print(m({"other": 1}))
print(m([("type", "point")]))

class DefaultDict(dict):
    def __missing__(self, key):
        return "made up"

# __missing__ is not consulted: mapping patterns use get()
print(m(DefaultDict(type="point")))

match {1: "one", 2: "two", 3: "three"}:
    case {1: a, **others}:
        print(a, others)

match {"k": [1, 2, 3]}:
    case {"k": [_, *tail]}:
        print("tail", tail)

match {"a": None}:
    case {"a": None}:
        print("None value matched")

match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest is empty dict:", rest, type(rest).__name__)

class Keys:
    A = "a"
    B = "b"

match {"a": 1, "b": 2}:
    case {Keys.A: x, Keys.B: y}:
        print("dotted keys", x, y)

match {-1: "neg", 1.5: "f"}:
    case {-1: n, 1.5: f}:
        print(n, f)
