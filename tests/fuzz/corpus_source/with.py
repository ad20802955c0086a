class C:
    def __enter__(self): return self
    def __exit__(self, *a): return True
with C() as c, C():
    raise ValueError('x')
