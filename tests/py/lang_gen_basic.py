# generators: yield, state, return values via StopIteration, attributes
def gen():
    print("start")
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return "done"

g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(list(g))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
print(list(fib(10)), sum(fib(20)))

# send to a just-started generator must be None
g2 = gen()
try:
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)

# generator state
import_free = True
def states():
    yield
g3 = states()
print(g3.gi_running, g3.gi_frame is not None)
next(g3)
try:
    next(g3)
except StopIteration:
    pass
print(g3.gi_frame)

# yield as an expression in various places
def exprs():
    a = (yield) or "default"
    print("a =", a)
    yield a
g4 = exprs()
next(g4)
print(g4.send(None))

# return inside generator with a value and without
def early(flag):
    yield 1
    if flag:
        return
    yield 2
print(list(early(True)), list(early(False)))

# generator functions are detected at compile time even with unreachable yield
def maybe():
    if False:
        yield
    return 5
try:
    next(maybe())
except StopIteration as e:
    print("value", e.value)

# generators keep local state across calls and can be iterated lazily
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print([next(c) for _ in range(3)], next(c))
