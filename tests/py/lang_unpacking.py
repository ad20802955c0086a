# star-unpacking in assignments, calls and displays (PEP 3132, PEP 448)
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
print(a, b, c, d, e, f, g)
(h, i), *j = [(1, 2), 3, 4]
print(h, i, j)
[k, [l, *m]] = [1, [2, 3, 4]]
print(k, l, m)
first, *rest = (1,)
print(first, rest)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)

for src, exc in [("a, b = [1]", ValueError), ("a, b = [1, 2, 3]", ValueError), ("a, *b, c = [1]", ValueError),
                 ("a, b = 5", TypeError)]:
    try:
        exec(src)
    except exc as err:
        print(type(err).__name__ + ":", err)

for src in ["*a = [1]", "a, *b, *c = d", "*a, = [1]"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as err:
        print("SyntaxError:", err.msg)

# PEP 448 in displays
print([*range(3), *"ab", 9], (*[1], *(2, 3)), {*[1, 1], *{2}} == {1, 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], *"xy", sep="-")

def show(*args, **kwargs):
    return args, kwargs
print(show(*[1], 2, *(3,), x=1, **{"y": 2}, **{"z": 3}))
try:
    show(**{"x": 1}, **{"x": 2})
except TypeError as err:
    print("TypeError:", err)
try:
    show(**{1: 2})
except TypeError as err:
    print("TypeError:", err)
try:
    show(*5)
except TypeError as err:
    print("TypeError:", err)
try:
    show(**[1])
except TypeError as err:
    print("TypeError:", err)

# swap and rotation
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
lst = [0, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
# starred assignment from generators and dicts
*keys, = {"a": 1, "b": 2}
print(keys)
