# Fixture: the other half of the failing from-import cycle.
from modcirc.c import C
D = 'd'
