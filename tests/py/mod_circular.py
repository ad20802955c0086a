# Circular imports behave as in CPython: partially initialised modules are visible.
import modcirc.a
print(modcirc.a.A_LATE, modcirc.b.B)
try:
    import modcirc.c
except ImportError as e:
    print('ImportError:', str(e).split(' (/')[0])
import sys
print('modcirc.c' in sys.modules, 'modcirc.d' in sys.modules)
