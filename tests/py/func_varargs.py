# *args, **kwargs, and unpacking at the call site.
def total(*args):
    print(type(args).__name__, args)
    s = 0
    for a in args:
        s += a
    return s
print(total(), total(1), total(1, 2, 3))
def show(**kwargs):
    for k in kwargs:
        print(k, "=", kwargs[k])
    return len(kwargs)
print(show(a=1, b="two"))
def everything(a, b=0, *rest, **opts):
    return f"a={a} b={b} rest={rest} opts={opts}"
print(everything(1))
print(everything(1, 2, 3, 4, x=5, y=6))
nums = [10, 20, 30]
print(total(*nums), total(1, *nums, 2))
options = {"b": 7, "z": 8}
print(everything(*[1], **options))
def point(x, y, z):
    return (x, y, z)
print(point(*(1, 2), z=3), point(**{"x": 0, "y": 1, "z": 2}))
def first_and_rest(first, *rest):
    return first, list(rest)
print(first_and_rest(*"abc"))
