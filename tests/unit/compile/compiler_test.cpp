// compiler_test.cpp: a broad sweep of Python constructs compiles; code-object metadata
// (names, qualnames, flags, argument counts, variable tables, docstrings, lines).
#include "compile_test_util.h"

namespace bastion::compile {
namespace {

using testing::compile_ok;
using testing::find_code;

const char* const kVariety = R"PY(
"""module docstring"""
from __future__ import annotations
import os, sys as system, a.b.c, a.b.c as abc
from .rel import x as y, z
from collections import *
CONST = 0x_ff + 0o17 + 0b1010 + 1_000 + 123456789012345678901234567890 + 1.5e-3 + 2j
S = 'str' "concat" + b'bytes'.decode() + f'{CONST!r:>10} {S=}'
T = (1, 2, (3, -4.0)), [1, *T, 2], {1, 2, *T}, {'a': 1, **D}, ()
a, (b, *c), d = e = f = range(5)
x[1:2], x[::2], x[1:2, 3], x[...] = 1, 2, 3, 4
x.y += 1; x[0] //= 2; n **= 3; n @= m; n >>= 1
del x.y, x[0], n, (p, q)
v: int = 5
w.attr: str
lst[0]: int
if a and b or not c: pass
elif a < b <= c != d is not e in f not in g: pass
else: pass
while x:
    if y: break
    if z: continue
else:
    pass
for i, j in enumerate(k):
    pass
else:
    pass
try:
    pass
except (TypeError, ValueError) as exc:
    raise RuntimeError('x') from exc
except Exception:
    raise
else:
    pass
finally:
    pass
with open('f') as fh, lock:
    data = fh.read()
assert x > 0, 'positive'
def func(a, /, b, c=1, *args, d, e=2, **kwargs) -> int:
    "docstring"
    global G
    G = a
    def inner():
        nonlocal b
        b = 2
        return a + b
    return inner
@decorator
@other(1)
class K(Base, metaclass=Meta):
    attr = 1
    __private = 2
    def method(self):
        return super().method() + self.__private
    @staticmethod
    def s(*a, **k):
        return [x for x in a], {k: v for k, v in k.items()}, {q for q in a}, (g for g in a)
    class Inner:
        def deep(self):
            return lambda: __class__
def gen():
    x = yield
    y = yield x
    yield from range(y)
    return x
lam = lambda x, y=2, *a, k=3, **kw: x + y
print(*args, sep='', **kwargs)
obj.method(1, 2, key=3)
obj.method(*a)
f(a)(b)(c)
(walrus := 10)
[y for x in data if (y := f(x))]
result = [[i * j for j in range(i)] for i in range(10) if i % 2 if i % 3]
big = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, x]
)PY";

TEST(Compiler, VarietyOfConstructsCompiles) {
    auto img = compile_ok(kVariety);
    ASSERT_TRUE(img);
    EXPECT_EQ(img->name, "<module>");
    EXPECT_EQ(img->filename, "<test>");
    EXPECT_NE(find_code(*img, "func"), nullptr);
    EXPECT_NE(find_code(*img, "deep"), nullptr);
}

TEST(Compiler, ModesCompile) {
    EXPECT_TRUE(compile_ok("1 + 2", CompileMode::Eval));
    auto single = compile_ok("if 1:\n    x\n\n", CompileMode::Single);
    ASSERT_TRUE(single);
    EXPECT_NE(bc::disassemble(*single).find("PRINT_EXPR"), std::string::npos);
    auto exec = compile_ok("x\n");
    EXPECT_EQ(bc::disassemble(*exec).find("PRINT_EXPR"), std::string::npos);
}

TEST(Compiler, FunctionMetadata) {
    auto img = compile_ok("def f(a, /, b, c=1, *args, d, e=2, **kw):\n    'doc'\n    x = 1\n    return x\n");
    ASSERT_TRUE(img);
    const bc::CodeImage* f = find_code(*img, "f");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->argcount, 3u);
    EXPECT_EQ(f->posonlyargcount, 1u);
    EXPECT_EQ(f->kwonlyargcount, 2u);
    EXPECT_EQ(f->varnames, (std::vector<std::string>{"a", "b", "c", "d", "e", "args", "kw", "x"}));
    EXPECT_EQ(f->flags, bc::kCoOptimized | bc::kCoNewLocals | bc::kCoVarargs | bc::kCoVarkeywords | bc::kCoNoFree);
    ASSERT_FALSE(f->consts.empty());
    EXPECT_EQ(f->consts[0].kind, bc::Constant::Kind::Str);
    EXPECT_EQ(f->consts[0].text, "doc");
    EXPECT_EQ(f->firstlineno, 1u);

    auto nodoc = compile_ok("def g():\n    return 5\n");
    const bc::CodeImage* g = find_code(*nodoc, "g");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->consts[0].kind, bc::Constant::Kind::None);
}

TEST(Compiler, QualnamesFollowCPython) {
    auto img = compile_ok("def f():\n    def g():\n        class C:\n            def m(self):\n"
                          "                return [x for x in self]\n        return C\n    return g\n"
                          "class D:\n    def n(self): pass\n    def o(self):\n        global h\n"
                          "        def h(): pass\n    k = lambda: 0\n");
    ASSERT_TRUE(img);
    EXPECT_EQ(find_code(*img, "g")->qualname, "f.<locals>.g");
    EXPECT_EQ(find_code(*img, "C")->qualname, "f.<locals>.g.<locals>.C");
    EXPECT_EQ(find_code(*img, "m")->qualname, "f.<locals>.g.<locals>.C.m");
    EXPECT_EQ(find_code(*img, "<listcomp>")->qualname, "f.<locals>.g.<locals>.C.m.<locals>.<listcomp>");
    EXPECT_EQ(find_code(*img, "n")->qualname, "D.n");
    EXPECT_EQ(find_code(*img, "h")->qualname, "h");
    EXPECT_EQ(find_code(*img, "<lambda>")->qualname, "D.<lambda>");
}

TEST(Compiler, CellsAndFrees) {
    auto img = compile_ok("def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\n");
    ASSERT_TRUE(img);
    const bc::CodeImage* f = find_code(*img, "f");
    const bc::CodeImage* g = find_code(*img, "g");
    EXPECT_EQ(f->cellvars, (std::vector<std::string>{"a", "c"}));
    EXPECT_EQ(f->varnames, (std::vector<std::string>{"a", "b", "g"}));
    EXPECT_EQ(g->freevars, (std::vector<std::string>{"a", "c"}));
    EXPECT_EQ(g->flags & bc::kCoNested, bc::kCoNested);
    EXPECT_EQ(g->flags & bc::kCoNoFree, 0u);
}

TEST(Compiler, ClassCellForSuper) {
    auto img = compile_ok("class C:\n    def m(self):\n        return super().m()\n");
    ASSERT_TRUE(img);
    const bc::CodeImage* c = find_code(*img, "C");
    const bc::CodeImage* m = find_code(*img, "m");
    EXPECT_EQ(c->cellvars, (std::vector<std::string>{"__class__"}));
    EXPECT_EQ(m->freevars, (std::vector<std::string>{"__class__"}));
    EXPECT_NE(bc::disassemble(*c).find("(__classcell__)"), std::string::npos);
    EXPECT_EQ(c->flags & bc::kCoOptimized, 0u);
}

TEST(Compiler, GeneratorFlags) {
    auto img = compile_ok("def g():\n    yield 1\nx = (i for i in y)\n");
    EXPECT_NE(find_code(*img, "g")->flags & bc::kCoGenerator, 0u);
    EXPECT_NE(find_code(*img, "<genexpr>")->flags & bc::kCoGenerator, 0u);
    EXPECT_EQ(find_code(*img, "<genexpr>")->varnames, (std::vector<std::string>{".0", "i"}));
    EXPECT_EQ(find_code(*img, "<genexpr>")->argcount, 1u);
}

TEST(Compiler, ConstantsAreShared) {
    auto img = compile_ok("a = 1\nb = 1\nc = 'x'\nd = 'x'\ne = 1.0\nf = True\ng = (1, 2)\nh = (1, 2)\n");
    ASSERT_TRUE(img);
    // 1, 'x', 1.0, True, (1, 2), None: True and 1 stay distinct.
    EXPECT_EQ(img->consts.size(), 6u);
}

TEST(Compiler, BigIntegerLiteral) {
    auto img = compile_ok("x = 0x1_0000_0000_0000_0000_0000\ny = 340282366920938463463374607431768211456\n");
    ASSERT_TRUE(img);
    EXPECT_EQ(bc::constant_repr(img->consts[0]), "1208925819614629174706176");
    EXPECT_EQ(bc::constant_repr(img->consts[1]), "340282366920938463463374607431768211456");
}

TEST(Compiler, LineTableFollowsSource) {
    auto img = compile_ok("a = 1\n\nb = 2\nc = (3 +\n     x)\n");
    ASSERT_TRUE(img);
    std::vector<uint32_t> lines; // the table's lines, repeats folded (columns split entries)
    for (const bc::LineEntry& e : img->line_table)
        if (lines.empty() || lines.back() != e.line)
            lines.push_back(e.line);
    ASSERT_GE(lines.size(), 3u);
    EXPECT_EQ(lines[0], 1u);
    EXPECT_EQ(lines[1], 3u);
    EXPECT_EQ(lines[2], 4u);
    // Positions as CPython's co_positions: `1` in `a = 1` is columns 4..5 of line 1, the
    // store is the target `a`; `(3 +\n     x)` runs from line 4 to line 5.
    const bc::LineEntry* first = img->position_for(0);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->line, 1u);
    EXPECT_EQ(first->end_line, 1u);
    EXPECT_EQ(first->col, 4u);
    EXPECT_EQ(first->end_col, 5u);
    const bc::LineEntry* store = img->position_for(1);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->col, 0u);
    EXPECT_EQ(store->end_col, 1u);
    bool multi_line = false;
    for (const bc::LineEntry& e : img->line_table)
        multi_line = multi_line || (e.line == 4 && e.end_line == 5 && e.col == 5 && e.end_col == 6);
    EXPECT_TRUE(multi_line);
}

TEST(Compiler, UnreachableCodeIsDropped) {
    auto img = compile_ok("def f():\n    return 1\n    x = 2\n    return x\n");
    const bc::CodeImage* f = find_code(*img, "f");
    EXPECT_EQ(f->code.size(), 2u);
}

TEST(Compiler, DeepNestingCompiles) {
    std::string src = "x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
    EXPECT_TRUE(compile_ok(src));
    std::string chain = "x = 1";
    for (int i = 0; i < 500; ++i)
        chain += " + 1";
    EXPECT_TRUE(compile_ok(chain + "\n"));
}

} // namespace
} // namespace bastion::compile
