# C3 linearization: diamonds, mro(), and the inconsistent-MRO TypeError
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

def names(cls):
    return [c.__name__ for c in cls.__mro__]

print(names(Z))
print(names(K1))
print(Z.mro() == list(Z.__mro__))

class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def who(self):
        return "Right>" + super().who()
class Diamond(Left, Right):
    def who(self):
        return "Diamond>" + super().who()

print(Diamond().who())
print(names(Diamond))

try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(O, A):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)

# attribute lookup follows the MRO
class P1:
    x = "P1"
class P2:
    x = "P2"
    y = "P2"
class Q(P1, P2):
    pass
print(Q.x, Q.y)
print(Q.__bases__ == (P1, P2), Q.__base__.__name__)

# object is always last; type's mro
print(names(type))
print(names(bool))
