# importlib.util for Bastion: spec_from_loader and module_from_spec (see machinery.py).
# Original code after CPython 3.11's documented behaviour.
import sys
from importlib.machinery import ModuleSpec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and loader is not None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def module_from_spec(spec):
    module = None
    if spec.loader is not None and hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif spec.loader is not None and hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def find_spec(name, package=None):
    if name in sys.modules:
        module = sys.modules[name]
        return getattr(module, '__spec__', None)
    parent_path = None
    if '.' in name:
        parent = __import__(name.rpartition('.')[0], fromlist=['__path__'])
        parent_path = getattr(parent, '__path__', None)
    for finder in sys.meta_path:
        spec = finder.find_spec(name, parent_path, None)
        if spec is not None:
            return spec
    return None
