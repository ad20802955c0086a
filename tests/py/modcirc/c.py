# Fixture: `from ... import` of a name that does not exist yet in a partial module.
from modcirc.d import D
C = 'c'
