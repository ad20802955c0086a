# Closures: cells shared between functions, late binding, cell contents, nested
# nonlocal chains, closures over loop variables and class scopes.
def counter_pair():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def reset():
        nonlocal count
        count = 0
    return inc, reset


inc, reset = counter_pair()
print(inc(), inc(), reset(), inc())
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter_pair.__code__.co_cellvars)


def make_adders():
    return [lambda x, n=n: x + n for n in range(3)], [lambda x: x + n for n in range(3)]


early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])


def outer():
    a = 1

    def middle():
        b = 2

        def inner():
            return a + b
        return inner
    return middle()


print(outer()(), outer().__code__.co_freevars)


class Scope:
    value = 'class'

    def method(self):
        return value


value = 'global'
print(Scope().method())


def closure_in_class():
    x = 'enclosing'

    class Inner:
        y = x

        def get(self):
            return x
    return Inner


IC = closure_in_class()
print(IC.y, IC().get())


def gen_closure():
    total = 0

    def add(v):
        nonlocal total
        total += v
        return total
    yield add
    yield total


g = gen_closure()
adder = next(g)
adder(5)
adder(6)
print(next(g))
fns = {}
for name in ('a', 'b'):
    def f(name=name):
        return name.upper()
    fns[name] = f
print(fns['a'](), fns['b']())
print((lambda: (lambda: (lambda: 'deep')())())())
