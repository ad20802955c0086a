def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, c=5, e=6))
g = lambda *a, **k: (a, k)
print(g(1, x=2))
