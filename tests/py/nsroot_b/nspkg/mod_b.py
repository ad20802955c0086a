y = 2
from . import mod_a
via_relative = mod_a.x + 1
