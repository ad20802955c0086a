# Fixture package for mod_packages.py.
print('modpkg init', __name__)
from . import helper
from .helper import twice as twice_alias
value = 10
__all__ = ['value', 'exported']
exported = 'E'
hidden = 'H'
