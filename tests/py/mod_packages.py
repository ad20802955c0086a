# Packages: import a.b.c, from . import x, import ... as, __all__ and star imports,
# sys.modules caching, module attributes.
import sys
import modpkg.sub.leaf
print(modpkg.value, modpkg.sub.leaf.value, modpkg.helper.twice(5), modpkg.twice_alias(1))
import modpkg.sub.leaf as leaf_alias
print(leaf_alias is sys.modules['modpkg.sub.leaf'], leaf_alias.__name__, leaf_alias.__package__)
from modpkg import helper as h, value as v
print(h.twice(v), h.__name__, h.__file__.endswith('modpkg/helper.py'))
print(modpkg.__file__.endswith('modpkg/__init__.py'), modpkg.__path__[0].endswith('modpkg'),
      modpkg.__package__, modpkg.sub.__package__)
print(sorted(k for k in sys.modules if k.startswith('modpkg')))
import modpkg  # cached: no second 'modpkg init'
ns = {}
exec('from modpkg import *', ns)
print(sorted(k for k in ns if not k.startswith('__')))
print('value' in dir(modpkg), type(modpkg).__name__, repr(modpkg).startswith("<module 'modpkg' from"))
print(__name__, type(sys.modules['__main__']).__name__)
try:
    import modpkg.nope
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    from modpkg import nope
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
try:
    import nonexistent_top_level_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from modpkg.helper import twice, missing_name
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0], e.name)
try:
    import modpkg.helper.twice
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
del sys.modules['modpkg.helper']
import modpkg.helper as reloaded
print(reloaded is not h, reloaded.twice(4))
