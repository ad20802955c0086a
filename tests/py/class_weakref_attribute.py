# `__weakref__`: which classes add it (CPython may_add_weak: no __slots__, or __weakref__
# listed; not for int/str/tuple/bytes subclasses or bases that have it), weak references
# to instances of slotted classes, and the order of a new class dict (members, __dict__,
# __weakref__, then __doc__).
import weakref
class T: pass
print(list(vars(T)), T().__weakref__)
t = T(); r = weakref.ref(t); print(t.__weakref__ is r)
class S:
    __slots__ = ('a', 'b')
print(list(vars(S)))
try: weakref.ref(S())
except TypeError as e: print(e)
class SW:
    __slots__ = ('a', '__weakref__')
print(list(vars(SW)), weakref.ref(SW()) is not None)
class SD:
    __slots__ = ('__dict__',)
print(list(vars(SD)))
try: weakref.ref(SD())
except TypeError as e: print(e)
class Sub(T):
    x = 1
print(list(vars(Sub)))
class Sub2(S): pass
print(list(vars(Sub2)))
class I(int): pass
print(list(vars(I)))
try: weakref.ref(I(1))
except TypeError as e: print(e)
class L(list): pass
print(list(vars(L)), weakref.ref(L()) is not None)
class Doc:
    "docstring"
    y = 2
print(list(vars(Doc)))
class E(Exception): pass
print(list(vars(E)))
class M(type): pass
print(list(vars(M)))
class St(set): pass
print(list(vars(St)))
class SS:
    __slots__ = ('__doc__',)
print(list(vars(SS)))
print(T.__weakref__, S.__dict__.get('__weakref__'))
try:
    class Twice:
        __slots__ = ('__weakref__', '__weakref__')
except TypeError as e:
    print(e)
try:
    class AlreadyWeak(T):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
class Mixed(S, T): pass
print(list(vars(Mixed)), weakref.ref(Mixed()) is not None)
try:
    T().__weakref__ = 1
except AttributeError as e:
    print(e)
t2 = T(); r1 = weakref.ref(t2); r2 = weakref.ref(t2, lambda r: None)
print(t2.__weakref__ is weakref.getweakrefs(t2)[0])
class E2(ValueError): pass
print(weakref.ref(E2()) is not None)
try: weakref.ref(ValueError())
except TypeError as e: print(e)
