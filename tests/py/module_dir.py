# dir(module): the namespace keys (not the module type attributes), or a module-level __dir__.
import math, sys
print(dir(math)[:12])
import types
m = types.ModuleType("m")
m.x = 1
print(dir(m))
def d(): return ["z", "a"]
m.__dir__ = d
print(dir(m))
import collections
print([n for n in dir(collections) if not n.startswith('_')][:5])
