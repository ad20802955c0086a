# LOAD_GLOBAL with a dict subclass as globals goes through its __getitem__ / __missing__
# (CPython 3.11's slow path); STORE_GLOBAL and LOAD_NAME's globals step do not.
import sys


class Logged(dict):
    def __getitem__(self, key):
        print('getitem', key)
        return dict.__getitem__(self, key)


g = Logged(x=1)
exec("def f():\n    return x\nprint(f(), len)\n", g)


class Defaults(dict):
    def __missing__(self, key):
        return 'missing-' + key


d = Defaults()
exec("def f():\n    global y\n    y = 5\n    return y, zz\nresult = f()", d)
print(d['result'], sorted(k for k in d if k != '__builtins__'))
# At module level the names are LOAD_NAME: locals (the same mapping) answer by __missing__.
exec("seen = len", d)
print(d['seen'])


class Raising(dict):
    def __getitem__(self, key):
        if key == 'boom':
            raise ValueError('no ' + key)
        return dict.__getitem__(self, key)


r = Raising(boom=1)
try:
    exec("def f():\n    return boom\nf()", r)
except ValueError as e:
    print('ValueError', e)
try:
    exec("def f():\n    return nothere\nf()", Raising())
except NameError as e:
    print('NameError', e)

# The same code with an exact dict, then the subclass: each answers by its own rules.
src = compile("def f():\n    return w\nresult = f()", "<s>", "exec")
plain = {'w': 1}
exec(src, plain)
sub = Defaults()
exec(src, sub)
print(plain['result'], sub['result'])
for i in range(3):
    exec(src, plain)
    exec(src, sub)
print(plain['result'], sub['result'])
