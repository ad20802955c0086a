# Fixture module for mod_packages.py: relative imports from a subpackage.
from .. import value
from ..helper import twice
from . import sibling
print('leaf loaded', __name__, value, twice(3), sibling.NAME)
