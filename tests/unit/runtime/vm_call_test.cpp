// vm_call_test.cpp: argument binding of Python functions (vm/call.cpp) — every
// CPython 3.11 error message for missing, surplus, duplicate, unexpected, keyword-only and
// positional-only arguments, and the binding of defaults, *args and **kwargs. The
// expected lines were produced by running the same script under CPython 3.11.
#include "vm_test_util.h"

namespace bastion {
namespace {

constexpr std::string_view kScript = R"PY(
out = []
def t(f, *a, **k):
    try:
        f(*a, **k)
        out.append("ok")
    except TypeError as e:
        out.append(str(e))
def f(x): pass
def g(a, b=1): pass
def h(a, b, c=1, *, d, e=2): pass
def p(a, b, /, c): pass
def k(*, a): pass
def v(a, *args): pass
def w(a, **kw): pass
def z(): pass
class A:
    def m(self, x): pass
t(f); t(f,1,2); t(g); t(g,1,2,3); t(h,1); t(h,1,2); t(h,1,2,3,4); t(h,1,2,3,4,d=1); t(h,1,2,3,4,d=1,e=3)
t(p,a=1,b=2,c=3); t(p,1,b=2,c=3); t(k,1); t(k); t(k,b=2); t(f,1,x=2); t(f,y=2); t(z,1); t(z,1,2); t(z,a=1)
t(v); t(w,1,2); t(A().m); t(A().m, 1, 2); t(A.m); t(lambda: 0, 1)
t(h,1,2,3,4,5); t(f, 1, y=3); t(g, 1, 2, 3, b=3); t(k, 1, a=2)
def q(a, b, c, d): pass
t(q); t(q, 1); t(q,1,2)
def kk(*, a, b, c): pass
t(kk); t(kk, a=1)
def pp(a, /, **kw): pass
t(pp, a=1)
def pk(a, b=2, /, *, c): pass
t(pk, 1, 2, 3); t(pk, 1, 2, 3, c=4); t(pk)
def pw(a, /, b): pass
t(pw, a=1, b=2)
def p2(a, b, /): pass
t(p2, a=1, b=2)
t(g, 1); t(g, a=1, b=2); t(h, 1, 2, d=4); t(v, 1, 2, 3); t(w, 1, x=1, y=2); t(pp, 1, a=2)
def r(a, b=2, *c, d, e=5, **f):
    out.append(repr((a, b, c, d, e, sorted(f.items()))))
r(1, d=4); r(1, 2, 3, 4, d=0, z=9, e=7)
)PY";

TEST(VmCall, BindingMessagesMatchCPython) {
    auto r = vm_test::run(kScript);
    ASSERT_TRUE(r.module) << r.error << "\n" << r.err;
    std::vector<std::string> expected = {
        "f() missing 1 required positional argument: 'x'",
        "f() takes 1 positional argument but 2 were given",
        "g() missing 1 required positional argument: 'a'",
        "g() takes from 1 to 2 positional arguments but 3 were given",
        "h() missing 1 required positional argument: 'b'",
        "h() missing 1 required keyword-only argument: 'd'",
        "h() takes from 2 to 3 positional arguments but 4 were given",
        "h() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given",
        "h() takes from 2 to 3 positional arguments but 4 positional arguments (and 2 keyword-only arguments) were given",
        "p() got some positional-only arguments passed as keyword arguments: 'a, b'",
        "p() got some positional-only arguments passed as keyword arguments: 'b'",
        "k() takes 0 positional arguments but 1 was given",
        "k() missing 1 required keyword-only argument: 'a'",
        "k() got an unexpected keyword argument 'b'",
        "f() got multiple values for argument 'x'",
        "f() got an unexpected keyword argument 'y'",
        "z() takes 0 positional arguments but 1 was given",
        "z() takes 0 positional arguments but 2 were given",
        "z() got an unexpected keyword argument 'a'",
        "v() missing 1 required positional argument: 'a'",
        "w() takes 1 positional argument but 2 were given",
        "A.m() missing 1 required positional argument: 'x'",
        "A.m() takes 2 positional arguments but 3 were given",
        "A.m() missing 2 required positional arguments: 'self' and 'x'",
        "<lambda>() takes 0 positional arguments but 1 was given",
        "h() takes from 2 to 3 positional arguments but 5 were given",
        "f() got an unexpected keyword argument 'y'",
        "g() got multiple values for argument 'b'",
        "k() takes 0 positional arguments but 1 positional argument (and 1 keyword-only argument) were given",
        "q() missing 4 required positional arguments: 'a', 'b', 'c', and 'd'",
        "q() missing 3 required positional arguments: 'b', 'c', and 'd'",
        "q() missing 2 required positional arguments: 'c' and 'd'",
        "kk() missing 3 required keyword-only arguments: 'a', 'b', and 'c'",
        "kk() missing 2 required keyword-only arguments: 'b' and 'c'",
        "pp() missing 1 required positional argument: 'a'",
        "pk() takes from 1 to 2 positional arguments but 3 were given",
        "pk() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given",
        "pk() missing 1 required positional argument: 'a'",
        "pw() got some positional-only arguments passed as keyword arguments: 'a'",
        "p2() got some positional-only arguments passed as keyword arguments: 'a, b'",
        "ok",
        "ok",
        "ok",
        "ok",
        "ok",
        "ok",
        "(1, 2, (), 4, 5, [])",
        "(1, 2, (3, 4), 0, 7, [('z', 9)])",
    };
    EXPECT_EQ(vm_test::global_lines(r, "out"), expected);
}

TEST(VmCall, RecursionLimitEndsInRecursionError) {
    auto r = vm_test::run("def f():\n    return f()\nf()\n");
    EXPECT_EQ(r.error, "RecursionError: maximum recursion depth exceeded");
    // The traceback folds the repeated frames like CPython.
    EXPECT_NE(r.err.find("  [Previous line repeated 996 more times]\n"), std::string::npos) << r.err;
}

TEST(VmCall, RecursionThroughNativeReentryIsBounded) {
    // __init__ runs from type.__call__ (native code) on every level.
    auto r = vm_test::run("class A:\n    def __init__(self):\n        A()\nA()\n");
    EXPECT_EQ(r.error.rfind("RecursionError: maximum recursion depth exceeded", 0), 0u) << r.error;
    auto r2 = vm_test::run("class B:\n    def __repr__(self):\n        return repr(self)\nrepr(B())\n");
    EXPECT_EQ(r2.error.rfind("RecursionError", 0), 0u) << r2.error;
}

TEST(VmCall, InterpreterStaysUsableAfterRecursionError) {
    auto r = vm_test::run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    pass\nx = 5\n");
    EXPECT_EQ(vm_test::global_text(r, "x"), "5");
}

TEST(VmCall, ClosuresAndCellArguments) {
    auto r = vm_test::run(
        "def outer(a):\n"
        "    def inner(b):\n"
        "        return a + b\n"
        "    a += 1\n"
        "    return inner\n"
        "x = outer(10)(5)\n"
        "def counter():\n"
        "    n = 0\n"
        "    def inc():\n"
        "        nonlocal n\n"
        "        n += 1\n"
        "        return n\n"
        "    return inc\n"
        "c = counter(); c(); y = c()\n");
    EXPECT_EQ(vm_test::global_text(r, "x"), "16");
    EXPECT_EQ(vm_test::global_text(r, "y"), "2");
}

} // namespace
} // namespace bastion
