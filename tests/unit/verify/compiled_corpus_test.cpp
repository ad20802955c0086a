// compiled_corpus_test.cpp: the compiler is the verifier's largest source of inputs. Every
// image compiled from a corpus of Python snippets must verify, and lowering any image's
// co_stacksize by one must be caught. Skipped when the compiler is not in the tree.
#include "test_images.h"

#if __has_include("compile/compiler.h")
#include "compile/compiler.h"
#define BASTION_HAVE_COMPILER 1
#endif

#ifdef BASTION_HAVE_COMPILER
#include <functional>

#include "bytecode/disassemble.h"

namespace bastion::test {
namespace {

const char* const kCorpus[] = {
    "x = 1\nprint(x + 2)\n",
    "def f(a, b=2, *args, c, d=4, **kw):\n    return a + b + c + d + len(args) + len(kw)\n",
    "def f(a, /, b):\n    return a, b\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "def f(x):\n    def g():\n        return x\n    return g\n",
    "class C:\n    y = 2\n    def m(self):\n        return super().m() + self.y\n",
    "class D(C, metaclass=M):\n    @property\n    def p(self):\n        return __class__\n",
    "r = [x * y for x in range(3) if x for y in range(x)]\n",
    "r = {k: v for k, v in items}\ns = {x for x in y}\ng = (x for x in y)\n",
    "def gen():\n    yield 1\n    x = yield\n    yield from other()\n    return x\n",
    "async def co():\n    await x\n    async with a as b:\n        pass\n    async for i in aiter:\n        print(i)\n",
    "async def agen():\n    yield 1\n    await z\n",
    "try:\n    f()\nexcept ValueError as e:\n    print(e)\nexcept (TypeError, KeyError):\n    pass\nelse:\n    g()\nfinally:\n    h()\n",
    "def f():\n    for i in range(10):\n        try:\n            if i:\n                break\n            continue\n        finally:\n            print(i)\n    else:\n        return 1\n",
    "with open(p) as f, lock:\n    data = f.read()\n",
    "def f():\n    with a:\n        return 1\n",
    "while x:\n    x -= 1\n    if x == 3:\n        break\nelse:\n    pass\n",
    "a, *b, c = range(10)\n(x, y), z = (1, 2), 3\n",
    "print(f'{x!r:>{w}} and {y=}')\n",
    "x = a if b else c\ny = a and b or not c\nz = 1 < x <= 3 != y\n",
    "import os.path\nfrom . import sibling\nfrom os import path as p, sep\nfrom m import *\n",
    "assert x, 'msg'\ndel a[0], b.c, d\nglobal_var = lambda q, *r: q(*r)\n",
    "match cmd:\n    case [x, y, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) | Point(x=yy, y=0):\n        pass\n    case str() as s if s:\n        pass\n    case _:\n        pass\n",
    "try:\n    raise ExceptionGroup('g', [ValueError()])\nexcept* ValueError as eg:\n    print(eg)\nexcept* TypeError:\n    pass\n",
    "def f():\n    raise ValueError('x') from None\n",
    "x = [1, 2, *y, 3]\nd = {**a, 'b': 1, **c}\nf(*a, *b, k=1, **d)\n",
    "o.a.b.c(1)(2)[3] += 4\nx[1:2] = y[::2]\n",
    "if (n := len(a)) > 10:\n    print(n)\n",
    "@dec\n@dec2(arg)\ndef f(): pass\n@cdec\nclass K: pass\n",
    "def f(x: int) -> str:\n    y: list = []\n    return str(x)\n",
    "for i, (a, b) in enumerate(pairs):\n    print(i, a, b)\n",
    "try:\n    pass\nfinally:\n    try:\n        f()\n    except:\n        raise\n",
    "def f():\n    try:\n        return g()\n    finally:\n        return 2\n",
    "for x in y:\n    with a as b:\n        try:\n            continue\n        except E:\n            break\n",
    "def f(a=[1], *, k=lambda: 0):\n    class L:\n        z = a\n        def m(self):\n            return z\n    return L\n",
    "x = f(g(h(1, k=2), *a), **{'q': [i for i in range(3)]})\n",
    "def f():\n    try:\n        pass\n    except Exception as e:\n        def g():\n            return e\n        raise\n",
    "while True:\n    try:\n        x = next(it)\n    except StopIteration:\n        break\n    else:\n        continue\n",
};

const bc::CodeImage* find_failing_image(const std::shared_ptr<const bc::CodeImage>& root, std::string* why) {
    auto r = verify::verify(root);
    if (r.ok())
        return nullptr;
    *why = r.error().message();
    return root.get();
}

void for_each_image(const std::shared_ptr<const bc::CodeImage>& img,
                    const std::function<void(const std::shared_ptr<const bc::CodeImage>&)>& fn) {
    fn(img);
    for (const bc::Constant& c : img->consts)
        if (c.kind == bc::Constant::Kind::Code && c.code)
            for_each_image(c.code, fn);
}

TEST(CompiledCorpus, EveryCompiledImageVerifies) {
    size_t compiled = 0;
    for (const char* src : kCorpus) {
        auto r = compile::compile_source(src, "<corpus>", compile::CompileMode::Exec);
        if (!r.ok()) {
            // Features the compiler does not have yet are skipped, anything else is a bug.
            if (r.error().message.find("not supported yet") == std::string::npos)
                ADD_FAILURE() << "does not compile: " << r.error().message << "\n" << src;
            else
                std::printf("skipped (%s)\n", r.error().message.c_str());
            continue;
        }
        ++compiled;
        std::string why;
        if (find_failing_image(r.value(), &why))
            ADD_FAILURE() << why << "\n" << src << "\n" << bc::disassemble(*r.value());
    }
    EXPECT_GE(compiled, std::size(kCorpus) * 3 / 4);
}

TEST(CompiledCorpus, StacksizeMinusOneIsRejected) {
    for (const char* src : kCorpus) {
        auto r = compile::compile_source(src, "<corpus>", compile::CompileMode::Exec);
        if (!r.ok())
            continue;
        for_each_image(r.value(), [&](const std::shared_ptr<const bc::CodeImage>& img) {
            if (!verify::verify(img).ok() || img->stacksize == 0)
                return;
            bc::CodeImage lower = *img;
            lower.stacksize -= 1;
            auto v = verify::verify(share(std::move(lower)));
            ASSERT_FALSE(v.ok()) << "stacksize " << img->stacksize << " - 1 accepted in " << img->name << "\n" << src;
            EXPECT_TRUE(v.error().rule == verify::Rule::StackOverflow || v.error().rule == verify::Rule::ExceptionDepth)
                << v.error().message();
        });
    }
}

} // namespace
} // namespace bastion::test

#else
TEST(CompiledCorpus, SkippedWithoutCompiler) { GTEST_SKIP() << "src/compile is not in this tree"; }
#endif
