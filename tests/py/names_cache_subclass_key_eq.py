# LOAD_GLOBAL / LOAD_NAME with a str-subclass key that has the name's hash in the namespace:
# when the subclass's __eq__ changes, a lookup of the name can find that key instead, with
# no change to the dict itself; cached lookups must see it as a fresh lookup does.
class S(str):
    def __hash__(self):
        return str.__hash__(self)
    def __eq__(self, other):
        return False

g = {}
g[S('x')] = 'from S'
g['x'] = 'from str'
exec(compile('def f():\n    return x\n', 'm', 'exec'), g)
f = g['f']
print(f(), f(), f())
del S.__eq__
print(f(), f(), eval('x', g))
S.__eq__ = lambda self, other: False
print(f(), f(), eval('x', g))

# The same name in builtins behind a subclass key in globals.
class T(str):
    def __hash__(self):
        return str.__hash__(self)
    def __eq__(self, other):
        return False

import builtins
g2 = {T('len'): 'shadow'}
exec(compile('def h():\n    return len\n', 'm2', 'exec'), g2)
h = g2['h']
print(h() is builtins.len, h() is builtins.len)
del T.__eq__
print(h(), h())
