// core_e2e_test.cpp: end-to-end checks of the core object model through Python code —
// class creation, slot dispatch, descriptors, super, metaclasses, exceptions and error
// messages. Expected output recorded from CPython 3.11 (tests compare byte for byte).
#include <gtest/gtest.h>

#include <string>

#include "objects/abstract.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"

namespace bastion {
namespace {

// Runs `source` as __main__ and returns what it printed; an uncaught exception is
// appended as "!! Type: message".
std::string run_python(std::string_view source) {
    Interpreter interp;
    std::string out;
    interp.write_stdout = [&out](std::string_view s) { out += s; };
    auto r = interp.run_source(source, "<test>");
    if (!r.ok()) {
        Value exc = r.error().exception;
        out += "!! " + type_of(interp, exc)->name;
        auto s = str(interp, exc);
        if (s.ok())
            out += ": " + to_utf8(s.value().get());
        out += "\n";
    }
    return out;
}

TEST(CoreE2E, ClassBasics) {
    EXPECT_EQ(run_python(R"PY(
class A:
    x = 1
    def f(self): return self.x + 1
a = A()
print(type(a).__name__, A.__qualname__, A.__module__, a.f(), A.f(a))
a.y = 5
print(a.__dict__, sorted(k for k in A.__dict__ if not k.startswith('__')))
print(repr(A), type(A), type(type), A.__bases__, A.__mro__)
print(isinstance(a, A), isinstance(a, object), issubclass(A, object), isinstance(1, (str, int)))
)PY"), R"OUT(A A __main__ 2 2
{'y': 5} ['f', 'x']
<class '__main__.A'> <class 'type'> <class 'type'> (<class 'object'>,) (<class '__main__.A'>, <class 'object'>)
True True True True
)OUT");
}

TEST(CoreE2E, SlotsDispatch) {
    EXPECT_EQ(run_python(R"PY(
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __len__(self): return self.v
    def __bool__(self): return self.v != 0
    def __repr__(self): return 'V(%r)' % self.v
    def __getitem__(self, i): return i * 2
    def __contains__(self, x): return x == 3
    def __call__(self, *a, **k): return (a, k)
    def __neg__(self): return V(-self.v)
print(V(1) + V(2), 1 + V(2), V(3) + 4, V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1))
print(len(V(4)), bool(V(0)), V(1)[21], 3 in V(0), 4 in V(0), V(0)(1, k=2), -V(5))
print(V.__hash__)
try: hash(V(1))
except TypeError as e: print(e)
)PY"), R"OUT(V(3) V(3) V(7) True True True True
4 False 42 True False ((1,), {'k': 2}) V(-5)
None
unhashable type: 'V'
)OUT");
}

TEST(CoreE2E, SubclassPriority) {
    EXPECT_EQ(run_python(R"PY(
class A:
    def __add__(self, o): return 'A.add'
    def __radd__(self, o): return 'A.radd'
class B(A):
    def __radd__(self, o): return 'B.radd'
print(A() + B(), B() + A(), A() + A())
class C(int):
    def __eq__(self, o): return 'C.eq'
    __hash__ = int.__hash__
print(1 == C(1), C(1) == 1)
)PY"), R"OUT(B.radd A.add A.add
C.eq C.eq
)OUT");
}

TEST(CoreE2E, InheritBuiltins) {
    EXPECT_EQ(run_python(R"PY(
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, len(l), type(l).__name__, isinstance(l, list))
class D(dict):
    def __missing__(self, k): return k
d = D(a=1)
print(d['a'], d['zz'])
class I(int): pass
print(I(5) + 1, type(I(5) + 1).__name__, I(7), int.__add__(3, 4), object.__eq__(1, 1))
class S(str):
    def shout(self): return self.upper() + '!'
print(S('hi').shout(), S('a') + 'b')
)PY"), R"OUT([1, 10] 2 L True
1 zz
6 int 7 7 True
HI! ab
)OUT");
}

TEST(CoreE2E, SuperAndInit) {
    EXPECT_EQ(run_python(R"PY(
class A:
    def __init__(self, x):
        self.x = x
    def who(self): return 'A'
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self): return 'B>' + super().who()
b = B(1, 2)
print(b.x, b.y, b.who(), super(B, b).who())
print(repr(super(B, b))[:28])
)PY"), R"OUT(1 2 B>A A
<super: <class 'B'>, <B obje
)OUT");
}

TEST(CoreE2E, Properties) {
    EXPECT_EQ(run_python(R"PY(
class P:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 10
    ro = property(lambda self: 'ro')
p = P()
p.v = 2
print(p.v, p.ro)
try: p.ro = 1
except AttributeError as e: print(e)
try: del p.v
except AttributeError as e: print(e)
class Q:
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(x): return x + 1
print(Q.c(), Q().c(), Q.s(1), Q().s(2))
)PY"), R"OUT(20 ro
property 'ro' of 'P' object has no setter
property 'v' of 'P' object has no deleter
Q Q 2 3
)OUT");
}

TEST(CoreE2E, Errors) {
    EXPECT_EQ(run_python(R"PY(
def t(f):
    try: f()
    except BaseException as e: print(type(e).__name__ + ':', e)
class A: pass
t(lambda: A().x)
t(lambda: A.x)
t(lambda: A(1))
t(lambda: object(1))
t(lambda: 1 + 'a')
t(lambda: 1 < 'a')
t(lambda: [] < 1)
t(lambda: hash([]))
t(lambda: len(5))
t(lambda: iter(5))
t(lambda: 5[0])
t(lambda: 5())
t(lambda: type('Z', (int, str), {}))
class X: pass
class Y(X): pass
t(lambda: type('Z', (X, Y), {}))
t(lambda: type('R', (bool,), {}))
t(lambda: type(1, 2))
t(lambda: setattr(int, 'x', 1))
t(lambda: format(A(), 'x'))
t(lambda: int.__add__('a', 1))
t(lambda: list.append(1, 2))
t(lambda: object.__new__(int))
t(lambda: int.__new__(A))
)PY"), R"OUT(AttributeError: 'A' object has no attribute 'x'
AttributeError: type object 'A' has no attribute 'x'
TypeError: A() takes no arguments
TypeError: object() takes no arguments
TypeError: unsupported operand type(s) for +: 'int' and 'str'
TypeError: '<' not supported between instances of 'int' and 'str'
TypeError: '<' not supported between instances of 'list' and 'int'
TypeError: unhashable type: 'list'
TypeError: object of type 'int' has no len()
TypeError: 'int' object is not iterable
TypeError: 'int' object is not subscriptable
TypeError: 'int' object is not callable
TypeError: multiple bases have instance lay-out conflict
TypeError: Cannot create a consistent method resolution
order (MRO) for bases X, Y
TypeError: type 'bool' is not an acceptable base type
TypeError: type() takes 1 or 3 arguments
TypeError: cannot set 'x' attribute of immutable type 'int'
TypeError: unsupported format string passed to A.__format__
TypeError: descriptor '__add__' requires a 'int' object but received a 'str'
TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
TypeError: object.__new__(int) is not safe, use int.__new__()
TypeError: int.__new__(A): A is not a subtype of int
)OUT");
}

TEST(CoreE2E, BadDunders) {
    EXPECT_EQ(run_python(R"PY(
def t(f):
    try: print(f())
    except BaseException as e: print(type(e).__name__ + ':', e)
class A:
    def __len__(self): return 'a'
class B:
    def __len__(self): return -1
class C:
    def __bool__(self): return 1
class D:
    def __str__(self): return 1
    def __repr__(self): return 2
class E:
    def __init__(self): return 1
class F:
    def __index__(self): return 'a'
class H:
    def __iter__(self): return 1
t(lambda: len(A()))
t(lambda: len(B()))
t(lambda: bool(C()))
t(lambda: str(D()))
t(lambda: repr(D()))
t(lambda: E())
t(lambda: [1][F()])
t(lambda: iter(H()))
)PY"), R"OUT(TypeError: 'str' object cannot be interpreted as an integer
ValueError: __len__() should return >= 0
TypeError: __bool__ should return bool, returned int
TypeError: __str__ returned non-string (type int)
TypeError: __repr__ returned non-string (type int)
TypeError: __init__() should return None, not 'int'
TypeError: __index__ returned non-int (type str)
TypeError: iter() returned non-iterator of type 'int'
)OUT");
}

TEST(CoreE2E, Exceptions) {
    EXPECT_EQ(run_python(R"PY(
print(repr(ValueError()), repr(ValueError(1)), repr(ValueError(1, 2)), repr(KeyError('a')))
print(str(KeyError('a')), str(ValueError()), str(ValueError(1, 2)), str(ValueError('x')))
print(StopIteration(1, 2).value, SystemExit(1, 2).code, SystemExit().code)
print(str(OSError(2, 'x')), repr(OSError(2, 'x')), str(OSError(2, 'x', 'fn')), type(OSError(13, 'p')).__name__)
print(str(SyntaxError('m', ('f.py', 1, 2, 'x', 1, 3))), SyntaxError('m', ('f', 3, 2, 'x')).lineno)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(repr(e), e.code, e.args, isinstance(e, MyErr))
e = ValueError('v')
e.add_note('n1')
print(e.__notes__)
try:
    try: raise KeyError('k')
    except KeyError as k: raise ValueError('outer') from k
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__)
try:
    raise 1
except TypeError as t: print(t)
try:
    try: raise ValueError
    except 1: pass
except TypeError as t: print(t)
print(str(ImportError('x', name='y')), ImportError('x', name='y').name, AttributeError('q', name='n').name)
print(issubclass(ExceptionGroup, BaseExceptionGroup), str(ExceptionGroup('m', [ValueError(1)])))
)PY"), R"OUT(ValueError() ValueError(1) ValueError(1, 2) KeyError('a')
'a'  (1, 2) x
1 (1, 2) None
[Errno 2] x FileNotFoundError(2, 'x') [Errno 2] x: 'fn' PermissionError
m (f.py, line 1) 3
MyErr('code 7') 7 ('code 7',) True
['n1']
KeyError('k') True
exceptions must derive from BaseException
catching classes that do not inherit from BaseException is not allowed
x y n
True m (1 sub-exception)
)OUT");
}

TEST(CoreE2E, Metaclasses) {
    EXPECT_EQ(run_python(R"PY(
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag', 'none')
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.made_by = 'Meta'
        return obj
class A(metaclass=Meta, tag='t'):
    def __init__(self, x): self.x = x
a = A(3)
print(type(A).__name__, A.tag, a.x, a.made_by)
class B(A): pass
print(type(B).__name__, B.tag)
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        Base.subs.append((cls.__name__, kw))
class K(Base, flavor='x'): pass
print(Base.subs)
class Named:
    def __set_name__(self, owner, name): self.name = owner.__name__ + '.' + name
class O:
    attr = Named()
print(O.attr.name)
class M1(type): pass
class M2(type): pass
class P(metaclass=M1): pass
class Q(metaclass=M2): pass
try:
    class R(P, Q): pass
except TypeError as e: print(e)
)PY"), R"OUT(Meta t 3 Meta
Meta none
[('K', {'flavor': 'x'})]
O.attr
metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
)OUT");
}

TEST(CoreE2E, GetattrHooks) {
    EXPECT_EQ(run_python(R"PY(
class G:
    def __getattr__(self, name): return 'dyn_' + name
    real = 1
g = G()
print(g.real, g.other)
class GA:
    def __getattribute__(self, name):
        if name == 'secret': return 42
        return object.__getattribute__(self, name)
ga = GA()
ga.x = 1
print(ga.secret, ga.x)
class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
s = SA()
s.v = 4
print(s.v)
class Desc:
    def __get__(self, obj, owner): return ('get', obj is None, owner.__name__)
    def __set__(self, obj, value): obj.__dict__['stored'] = value
class H:
    d = Desc()
h = H()
h.d = 9
print(H.d, h.d, h.stored)
print(getattr(h, 'missing', 'dflt'), hasattr(h, 'd'), hasattr(h, 'nope'))
)PY"), R"OUT(1 dyn_other
42 1
8
('get', True, 'H') ('get', False, 'H') 9
dflt True False
)OUT");
}

TEST(CoreE2E, Iteration) {
    EXPECT_EQ(run_python(R"PY(
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(Seq()), 4 in Seq())
)PY"), R"OUT([1, 2, 3] 10
[0, 1, 4] True
)OUT");
}

TEST(CoreE2E, TypeCall) {
    EXPECT_EQ(run_python(R"PY(
print(type(1), type('a'), type(None), type(NotImplemented), type(...))
T = type('T', (object,), {'x': 5, 'f': lambda self: self.x})
print(T().f(), T.__name__, T.__bases__)
print(repr(None), repr(NotImplemented), repr(Ellipsis))
print(object().__class__, int.__mro__, bool.__base__)
print(int.__add__, object.__init__)
print(str.join.__name__, type(str.__dict__['join']).__name__)
)PY"), R"OUT(<class 'int'> <class 'str'> <class 'NoneType'> <class 'NotImplementedType'> <class 'ellipsis'>
5 T (<class 'object'>,)
None NotImplemented Ellipsis
<class 'object'> (<class 'int'>, <class 'object'>) <class 'int'>
<slot wrapper '__add__' of 'int' objects> <slot wrapper '__init__' of 'object' objects>
join method_descriptor
)OUT");
}

} // namespace
} // namespace bastion
