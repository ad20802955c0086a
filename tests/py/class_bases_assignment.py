# Assigning a class's __bases__ (CPython 3.11's type_set_bases): every check and its message,
# MROs of the class and its subclasses, attribute/method/operator lookups (and their caches),
# super(), __subclasses__ lists, and a failing metaclass mro() that leaves everything as it was.
class A: pass
class B(A): pass
for v in [None, (), [A], (1,), (B,)]:
    try:
        if v is None: del B.__bases__
        else: A.__bases__ = v
    except Exception as e: print(type(e).__name__, e)
try: int.__bases__ = (object,)
except Exception as e: print(type(e).__name__, e)
class C(list): pass
try: B.__bases__ = (C,)
except Exception as e: print(type(e).__name__, e)
class S: __slots__=('a',)
try: B.__bases__ = (S,)
except Exception as e: print(type(e).__name__, e)
class X: pass
class Y(X): pass
class Z: pass
class W(X, Z): pass
try: Z.__bases__ = (W,)
except Exception as e: print(type(e).__name__, e)
W.__bases__ = (Y, X)
print(W.__mro__)
try: W.__bases__ = (X, Y)
except Exception as e: print(type(e).__name__, e)
print(W.__bases__, W.__mro__)

# methods, operators and attributes follow the new bases
class P:
    def hello(self): return 'P.hello'
    def __add__(self, o): return 'P.add'
    kind = 'p'
class Q:
    def hello(self): return 'Q.hello'
    def __len__(self): return 7
    kind = 'q'
class R(P):
    pass
class T(R):
    pass
r, t = R(), T()
print(r.hello(), r + 1, r.kind, t.hello(), t.kind)
for i in range(3):
    print(t.hello(), t.kind)
R.__bases__ = (Q,)
print(r.hello(), r.kind, len(r), t.hello(), t.kind, len(t), T.__mro__)
for i in range(3):
    print(t.hello(), t.kind, len(t))
try:
    r + 1
except TypeError as e:
    print('TypeError', e)
print(P.__subclasses__(), Q.__subclasses__(), R.__base__)
R.__bases__ = (Q, P)
print(r + 1, len(t), R.__mro__, T.__mro__)
print(isinstance(t, P), issubclass(T, Q), isinstance(r, A))
# super() follows too
class U(Q):
    def hello(self): return 'U>' + super().hello()
u = U()
print(u.hello())
U.__bases__ = (P,)
print(u.hello())
# a metaclass whose mro() fails leaves everything as it was
class Meta(type):
    def mro(cls):
        if getattr(cls, 'fail', False):
            raise RuntimeError('no mro')
        return type.mro(cls)
class Base: pass
class M1(Base, metaclass=Meta): pass
class M2(M1): pass
M2.fail = True
try:
    M1.__bases__ = (Q,)
except RuntimeError as e:
    print('RuntimeError', e)
print(M1.__bases__, M1.__mro__, M2.__mro__, Base.__subclasses__(), Q.__subclasses__())
try:
    Base.__bases__ = (Q,)
except TypeError as e:
    print('TypeError', e)
m = M2()
del M2.fail
M1.__bases__ = (Q,)
print(len(m), M2.__mro__)
