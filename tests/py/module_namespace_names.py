# The names a module namespace starts with: __main__ (with its empty __annotations__ and
# __cached__ None) and an imported source module (__cached__ names the __pycache__ file
# CPython would use). __loader__ is left out: Bastion's is None (docs/differences.md).
print([k for k in globals() if k != '__loader__'])
print(__annotations__, __cached__)
x: int = 5
print(__annotations__)
import modpkg.helper as h
print([k for k in vars(h) if k.startswith('__') and k != '__loader__'][:8])
print(h.__cached__[-len('modpkg/__pycache__/helper.cpython-311.pyc'):])
import modpkg
print(modpkg.__cached__.endswith('modpkg/__pycache__/__init__.cpython-311.pyc'))
