# lambda expressions: defaults, closures, as keys, immediate calls.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ["add", "sub", "mul"]:
    print(name, ops[name](6, 3))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
adders = [(lambda n: (lambda x: x + n))(i) for i in range(3)]
print([f(10) for f in adders])
print(type(square).__name__, square.__name__)
def apply(f, *args):
    return f(*args)
print(apply(lambda: 1), apply(lambda a, b: a * b, 6, 7))
