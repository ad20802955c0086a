# types.FunctionType / MethodType / CellType constructors: CPython's checks and messages,
# and the functions they make (defaults, closures, names, globals).
import types


def f(a, b=2):
    return a + b


def outer():
    x = 10

    def inner(y):
        return x + y
    return inner


inner = outer()
g = types.FunctionType(f.__code__, {'__name__': 'made'})
print(g.__name__, g.__qualname__, g.__module__, g(1, 5), g.__defaults__)
try:
    g(1)
except TypeError as e:
    print('TypeError', e)
g = types.FunctionType(f.__code__, globals(), 'renamed', (7,))
print(g.__name__, g(1), g.__defaults__)
cell = types.CellType(100)
h = types.FunctionType(inner.__code__, globals(), None, None, (cell,))
print(h(1), h.__closure__[0].cell_contents)
cell.cell_contents = 5
print(h(1))
print(types.FunctionType(code=f.__code__, globals={}, name='kw').__name__)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print('ValueError', e)
h2 = types.FunctionType(inner.__code__, {}, None, None, (empty,))
try:
    h2(1)
except NameError as e:
    print('NameError', e)

code = compile('result = value * 2', 'm', 'exec')
ns = {'value': 21}
types.FunctionType(code, ns)()
print(ns['result'])

class A:
    def __init__(self, n):
        self.n = n

m = types.MethodType(lambda self, k: self.n * k, A(3))
print(m(4), type(m).__name__, m.__self__.n)
print(types.MethodType(len, [1, 2])())

tests = [
    lambda: types.FunctionType(1, {}),
    lambda: types.FunctionType(f.__code__, 1),
    lambda: types.FunctionType(f.__code__, {}, 1),
    lambda: types.FunctionType(f.__code__, {}, None, [1]),
    lambda: types.FunctionType(f.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(inner.__code__, {}),
    lambda: types.FunctionType(inner.__code__, {}, None, None, ()),
    lambda: types.FunctionType(inner.__code__, {}, None, None, [cell]),
    lambda: types.FunctionType(inner.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(f.__code__),
    lambda: types.MethodType(1, 2),
    lambda: types.MethodType(f, None),
    lambda: types.MethodType(f, 1, 2),
    lambda: types.MethodType(f, obj=1),
    lambda: types.CellType(1, 2),
    lambda: types.CellType(x=1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
