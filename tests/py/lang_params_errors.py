# Positional-only, keyword-only, defaults and the CPython messages for bad calls.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())


print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(1, c=9, d=0, b=8))

calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(a=1, d=2),
    lambda: f(1, 2, c=3, c2=4),
    lambda: f(1, 2, 3, c=4, d=5),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print('TypeError:', e)


def g(x, y, *, z):
    pass


for c in [lambda: g(1), lambda: g(1, 2), lambda: g(1, 2, 3), lambda: g(1, 2, z=3, w=4),
          lambda: g(1, 2, 3, 4, z=1), lambda: g(y=1, z=2), lambda: g(1, x=1, y=2, z=3)]:
    try:
        c()
    except TypeError as e:
        print('TypeError:', e)


def h(a, b, c, d):
    pass


for c in [lambda: h(1), lambda: h(1, 2), lambda: h(), lambda: h(1, 2, 3, 4, 5)]:
    try:
        c()
    except TypeError as e:
        print('TypeError:', e)


def noargs():
    pass


try:
    noargs(1)
except TypeError as e:
    print('TypeError:', e)
try:
    noargs(x=1)
except TypeError as e:
    print('TypeError:', e)


def po(a, b, /):
    return a + b


try:
    po(a=1, b=2)
except TypeError as e:
    print('TypeError:', e)


def po_kw(a, /, **kw):
    return a, kw


print(po_kw(1, a=2))


class C:
    def m(self, x):
        pass


try:
    C().m()
except TypeError as e:
    print('TypeError:', e)
try:
    C().m(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    C.m()
except TypeError as e:
    print('TypeError:', e)


def defaults_evaluated_once(x=[]):
    x.append(1)
    return x


print(defaults_evaluated_once(), defaults_evaluated_once())
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount,
      f.__code__.co_argcount)
