# sys.meta_path finders: find_spec(name, path, target) is asked first; the loader's
# create_module (None: a fresh module) and exec_module run, module attributes come
# from the spec; a failing exec_module leaves nothing in sys.modules; submodules get
# the parent's __path__; a finder returning None lets the normal search go on.
import sys
import importlib
import importlib.util
from importlib.machinery import ModuleSpec

log = []


def Spec(name, loader, is_package=False):
    return ModuleSpec(name, loader, origin='virtual:' + name, is_package=is_package)


class Loader:
    def create_module(self, spec):
        log.append(('create', spec.name))
        return None

    def exec_module(self, module):
        log.append(('exec', module.__name__))
        module.answer = 42
        if module.__name__ == 'virt.boom':
            raise ValueError('boom')


class Finder:
    def find_spec(self, name, path, target=None):
        if name.startswith('virt') or name == 'meta_plain':
            log.append(('find', name, path))
        if name == 'virt':
            return Spec(name, Loader(), is_package=True)
        if name.startswith('virt.'):
            return Spec(name, Loader())
        return None


class Custom:
    pass


class MakesItsOwn(Loader):
    def create_module(self, spec):
        m = type(sys)(spec.name)
        m.made_by = 'create_module'
        return m


class OwnFinder:
    def find_spec(self, name, path, target=None):
        if name == 'own':
            return Spec(name, MakesItsOwn())
        return None


finder = Finder()
sys.meta_path.insert(0, finder)
sys.meta_path.insert(0, OwnFinder())
import virt
print(virt.answer, virt.__package__, virt.__path__, virt.__spec__.name, type(virt.__loader__).__name__,
      hasattr(virt, '__file__'))
import virt.sub
print(virt.sub.answer, virt.sub.__package__, virt.sub is sys.modules['virt.sub'], virt.sub.__name__)
from virt import other
print(other.__name__, other.__spec__.origin)
try:
    import virt.boom
except ValueError as e:
    print('ValueError', e, 'virt.boom' in sys.modules)
import meta_plain
print(meta_plain.value)
import own
print(own.made_by, own.answer, own.__loader__.__class__.__name__)
print(log)
sys.meta_path.remove(finder)
del sys.modules['virt.sub']
try:
    import virt.sub
except ImportError as e:
    print(type(e).__name__, e)
spec = importlib.util.spec_from_loader('made', Loader())
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(spec.name, spec.parent, spec.has_location, m.answer, m.__spec__ is spec, importlib.import_module('meta_plain').value)
print(repr(ModuleSpec('q', None)), repr(ModuleSpec('p', None, origin='o', is_package=True)))
