def deco(f):
    def w(*a): return f(*a) * 2
    return w
@deco
def f(x): return x + 1
@property
def p(self): return 1
print(f(1))
