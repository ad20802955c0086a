# positional-only and keyword-only parameters, defaults, *args/**kwargs and their errors
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7))

calls = [
    "f(1, 2, 3)",
    "f(1, b=2, c=3, e=5)",
    "f(1, 2, 3, 4, 5, e=6)",
    "f(1, 2, 3, e=5, g=1)",
    "f(1, 2, 3, c=3, e=5)",
    "f()",
]
for c in calls:
    try:
        eval(c)
    except TypeError as e:
        print("TypeError:", e)

def g(*args, **kwargs):
    return args, kwargs
print(g(), g(1, 2, x=3), g(*[1, 2], **{"y": 4}))

def h(a, /, **kwargs):
    return a, kwargs
print(h(1, a=2))      # a as a keyword goes into kwargs

def kwonly(*, x):
    return x
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly()
except TypeError as e:
    print("TypeError:", e)

def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print(defaults.__defaults__, f.__kwdefaults__)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)

def many(a, b=2, *args, c, d=5, **kw):
    pass
print(many.__code__.co_varnames, many.__code__.co_flags & 0x0C)

for src in ["def x(a=1, b): pass", "def x(*, **k): pass", "def x(a, a): pass",
            "def x(*a, *b): pass", "f(x=1, 2)", "f(**k, *a)", "f(a for a in b, c)"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

def too_many(a):
    pass
for c in ["too_many()", "too_many(1, 2)", "too_many(b=1)", "too_many(1, a=1)"]:
    try:
        eval(c)
    except TypeError as e:
        print("TypeError:", e)
