# match: or-patterns, as-patterns, guards, and binding order
def f(x):
    match x:
        case [1, y] | [2, y] | (3, y):
            return f"or with binding y={y}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [a, b] | {"a": a, "b": b}:
            return f"a={a} b={b}"
        case [_, _, _] as triple if sum(triple) > 10:
            return f"big triple {triple}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case _:
            return "default"

for v in [[1, 5], [2, 6], (3, 7), 1, 3, [8, 9], {"a": 1, "b": 2}, [5, 5, 5], [1, 1, 1], "s", b"b", 4.0]:
    print(repr(v), "->", f(v))

# alternatives binding names in different orders
match (1, 2):
    case (a, b) | [b, a]:
        print(a, b)

match {"x": 1, "y": 2}:
    case {"x": x, "y": y} | {"y": y, "x": x}:
        print(x, y)

match [2, 1]:
    case [1, a, b] | [b, a]:
        print("reordered", a, b)

# guard sees the bindings; a failed guard keeps trying
n = 0
def check(v):
    global n
    n += 1
    return v > 2

match 5:
    case x if check(x - 4):
        print("first")
    case x if check(x):
        print("second", x)
print("guard calls", n)

# bindings from a failed case may leak (as CPython: names already stored stay)
match (1, 2):
    case (p, 3):
        pass
    case _:
        pass

# nested as
match [1, [2, 3]]:
    case [x, [y, z] as inner] as outer:
        print(x, y, z, inner, outer)

# guard with walrus
match 10:
    case v if (half := v // 2) > 3:
        print("half", half)

# default with guard
match 3:
    case 1:
        pass
    case _ if False:
        print("no")
print("done")
