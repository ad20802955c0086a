# global and nonlocal declarations and their compile-time errors
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def make_global():
    global created
    created = "made"
make_global()
print(created)

def outer():
    v = "outer"
    def middle():
        def inner():
            nonlocal v
            v = "inner"
        inner()
    middle()
    return v
print(outer())

def counter_factory():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter_factory()
print(c(), c(), c())

# class bodies: global inside a method and at class level
name = "module"
class K:
    global name
    name = "class set global"
print(name)

class K2:
    v = 1
    def m(self):
        return v if False else "v not visible"
print(K2().m())

for src in [
    "def f():\n x = 1\n global x",
    "def f():\n print(x)\n global x",
    "def f(a):\n global a",
    "nonlocal x",
    "def f():\n nonlocal x",
    "def f():\n global x\n nonlocal x",
    "def f():\n x = 1\n def g():\n  x = 2\n  nonlocal x",
    "class C:\n nonlocal x",
    "def f(a):\n def g():\n  nonlocal a\n  a = 1\n g()",
]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
