# closures: cells shared between functions, late binding, __closure__, class cells
def make_pair():
    v = 0
    def get():
        return v
    def set_(x):
        nonlocal v
        v = x
    return get, set_
get, set_ = make_pair()
set_(5)
print(get(), get.__closure__[0].cell_contents, len(get.__closure__))
print(get.__code__.co_freevars, make_pair.__code__.co_cellvars)

adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())

# a cell that is never assigned
def unassigned():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    value = 1
unassigned()

# argument cells
def arg_cell(a):
    def inner():
        return a * 2
    a += 1
    return inner()
print(arg_cell(3))

# class scope skipping
def with_class():
    v = "function"
    class C:
        v = "class"
        def m(self):
            return v
    return C().m()
print(with_class())

# class body reading a free variable
def class_free():
    z = "free"
    class C:
        w = z
    return C.w
print(class_free())

# __class__ cell in methods
class A:
    def who(self):
        return __class__.__name__
class B(A):
    pass
print(B().who())

# cell contents after deletion
def cell_del():
    c = 1
    def f():
        return c
    del c
    try:
        f()
    except NameError as e:
        return str(e)
print(cell_del())
