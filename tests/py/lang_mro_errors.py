# C3 linearisation and CPython's error for an inconsistent MRO.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])

class X: pass
class Y(X): pass

try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    class Dup(X, X):
        pass
except TypeError as e:
    print('TypeError:', e)

class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
try:
    class Both(PQ, QP):
        pass
except TypeError as e:
    print('TypeError:', e)

class Diamond1: 
    def who(self): return 'D1'
class Left(Diamond1):
    def who(self): return 'L>' + super().who()
class Right(Diamond1):
    def who(self): return 'R>' + super().who()
class Bottom(Left, Right):
    def who(self): return 'B>' + super().who()

print(Bottom().who(), [c.__name__ for c in Bottom.__mro__])

try:
    class FromInt(int, str):
        pass
except TypeError as e:
    print('TypeError:', e)
