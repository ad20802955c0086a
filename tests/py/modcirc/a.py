# Fixture: imports b, which imports a back while a is half-initialised.
print('a start')
A_EARLY = 'a-early'
from modcirc import b
A_LATE = 'a-late'
print('a end', b.B)
