# Namespace packages (PEP 420): a directory without __init__.py is a package whose
# __path__ collects every such directory on the search path, in path order; a regular
# package (or module) anywhere on the path wins over namespace portions.
import sys
sys.path[:0] = ['nsroot_a', 'nsroot_b']
import nspkg
print(nspkg.__name__, nspkg.__package__, nspkg.__file__, type(nspkg.__path__) is not None)
print([p.replace('\\', '/').split('/')[-2:] for p in nspkg.__path__])
import nspkg.mod_a
import nspkg.mod_b
print(nspkg.mod_a.x, nspkg.mod_b.y, nspkg.mod_b.via_relative, nspkg.mod_b.__package__)
from nspkg.inner import deep
print(deep.z, deep.__name__, sys.modules['nspkg.inner'].__file__, 'nspkg.inner' in sys.modules)
import nsreg
print(nsreg.kind, nsreg.__file__.replace('\\', '/').split('/')[-3:])
try:
    import nspkg.missing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nsreg.stray
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nsroot_a.nspkg.mod_a as direct
    print(direct.x, direct.__name__, sys.modules['nsroot_a'].__file__, direct is not nspkg.mod_a)
except ImportError as e:
    print(type(e).__name__, e)
import importlib
print(importlib.import_module('.mod_a', 'nspkg').x, importlib.import_module('..mod_b', 'nspkg.inner').y)
print(importlib.import_module('nspkg.inner.deep').z, importlib.import_module('.inner', 'nspkg').__name__)
try:
    importlib.import_module('.x')
except TypeError as e:
    print(e)
