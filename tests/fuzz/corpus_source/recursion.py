def r(n): return r(n + 1)
try:
    r(0)
except RecursionError:
    print('deep')
