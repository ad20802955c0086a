# importlib for Bastion: import_module and invalidate_caches over the native import
# system (src/vm/import.cpp), which also consults sys.meta_path finders and their
# ModuleSpec results (importlib.machinery). Original code after CPython 3.11's docs.
import sys


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for %r" % name)
        for character in name:
            if character != '.':
                break
            level += 1
    __import__(name[level:], {'__package__': package, '__name__': package or ''}, None, ['*'] if level else None, level)
    if level:
        base = package.rsplit('.', level - 1)[0]
        name = base + '.' + name[level:] if name[level:] else base
    return sys.modules[name]


def invalidate_caches():
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()
