# CALL of a class whose instances come from object.__new__ and whose __init__ is a plain
# function runs __init__'s frame in the caller's loop (eval_slow.cpp push_init_frame):
# errors, return values, recursion, frames and every case the generic path keeps.
import sys


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


p = P(1)
q = P(3, 4)
print(p.x, p.y, q.x, q.y, type(p).__name__)

class Sub(P):
    pass

class Sub2(P):
    def __init__(self, x):
        super().__init__(x, x * 10)
        self.z = sys._getframe(1).f_code.co_name

def make():
    return Sub2(5)
s = make()
print(Sub(7).y, s.x, s.y, s.z)

# __init__ returning something else
class BadReturn:
    def __init__(self, v):
        return v

print(BadReturn(None).__class__.__name__)
for v in (1, "s", [], BadReturn):
    try:
        BadReturn(v)
    except TypeError as e:
        print("TypeError", e)

# errors inside __init__ propagate through the caller
class Raises:
    def __init__(self, n):
        if n > 1:
            raise ValueError("n=%d" % n)
        self.n = n

def build(n):
    return Raises(n)
try:
    build(5)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)

# argument errors: the generic path words them
for args in ((), (1, 2, 3)):
    try:
        P(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    P()
except TypeError as e:
    print("TypeError", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(P(x=9).x, P(1, y=8).y)

# __init__ that is not a plain function, or special signatures
class GenInit:
    def __init__(self):
        yield 1
try:
    GenInit()
except TypeError as e:
    print("TypeError", e)

class VarInit:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
print(VarInit(1, 2).args, VarInit(a=1).kw)

class KwOnly:
    def __init__(self, a, *, b=3):
        self.s = a + b
print(KwOnly(1).s)

class StaticInit:
    @staticmethod
    def __init__(*args):
        print("static init", len(args))
StaticInit(1)

class CallableInit:
    class _C:
        def __call__(self, *args):
            print("callable init", len(args))
    __init__ = _C()
try:
    CallableInit(1)
except TypeError as e:
    print("TypeError", e)

# __new__ overridden, metaclass __call__, builtin bases: generic paths
class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
    def __init__(self, a):
        print("init", a)
WithNew(1)

class NotInstance:
    def __new__(cls, *args):
        return 42
    def __init__(self, a):
        print("never")
print(NotInstance(1))

class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)
class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a
print(M(3).a)

class L(list):
    def __init__(self, n):
        super().__init__(range(n))
print(L(3))

class E(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
print(repr(E(4)), E(4).code)

# __init__ assigned later, on the class and on a base
class Late:
    pass
Late.__init__ = lambda self, v: setattr(self, "v", v)
print(Late(6).v)
class Base2:
    def __init__(self, v):
        self.v = v
class Derived2(Base2):
    pass
Base2.__init__ = lambda self, v: setattr(self, "v", v * 2)
print(Derived2(6).v)
del Late.__init__
try:
    Late(1)
except TypeError as e:
    print("TypeError", e)
print(type(Late()).__name__)

# closures and cells in __init__
def factory(k):
    class C:
        def __init__(self, x):
            def add():
                return x + k
            self.get = add
    return C
print(factory(10)(5).get())

# abstract classes refuse before __init__
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def m(self):
        pass
    def __init__(self):
        print("never")
try:
    A()
except TypeError as e:
    print("TypeError", e)

# recursion through __init__ stops with RecursionError at the depth the generic call stops
depth = 0
class Rec:
    def __init__(self):
        global depth
        depth += 1
        Rec()
try:
    Rec()
except RecursionError as e:
    print("RecursionError", e)
print(depth > 300)

def make_rec():
    return Rec()
for limit in (100, 250):
    sys.setrecursionlimit(limit)
    depth = 0
    try:
        make_rec()
    except RecursionError:
        print("limit", limit, "depth", depth)
sys.setrecursionlimit(1000)

# finalizer order when __init__ fails
class Fin:
    def __init__(self, fail):
        if fail:
            raise KeyError("x")
    def __del__(self):
        print("del Fin")
try:
    Fin(True)
except KeyError:
    print("caught KeyError")
Fin(False)
print("end")
