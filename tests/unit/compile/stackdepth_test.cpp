// stackdepth_test.cpp: co_stacksize of compiled code equals an independent recomputation
// from the opcode table, and broken images (wrong depths, underflow, bad joins) are caught.
#include "compile/stackdepth.h"

#include "compile_test_util.h"

namespace bastion::compile {
namespace {

using bc::Op;
using testing::compile_ok;
using testing::for_each_code;

const char* const kSources[] = {
    "x = 1\n",
    "a, *b, c = f(*x, **y)\n",
    "def f(a, b=1, *c, d, e=2, **g):\n    return [i for i in a if i] + list(j * 2 for j in b)\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\nexcept:\n    pass\nelse:\n    h()\nfinally:\n    k()\n",
    "def f():\n    for x in y:\n        try:\n            with a as b, c:\n                if x: break\n                return g(x)\n        finally:\n            continue\n",
    "def f():\n    while True:\n        try:\n            return 1\n        except E:\n            return 2\n        finally:\n            print(3)\n",
    "x = {a: b for a, b in c.items() if a if not b}\ny = {1, 2, *z}\nz = {**a, 'b': 1, **c}\n",
    "def g():\n    x = yield 1\n    yield from x\n    return (yield)\n",
    "print(f'{a!r:>{w}} {b=} {c:{d}.{e}}')\n",
    "class C(A, B, metaclass=M, **kw):\n    def m(self):\n        return super().m(__class__)\n",
    "assert x, 'message'\nassert y\ndel a, b[1], c.d, e[1:2]\n",
    "a.b += 1\nc[d] *= 2\ne[1:2] -= 3\nf @= g\n",
    "x = a if b else c\ny = a and b or c\nz = a < b < c <= d\nif a < b < c and not d: pass\n",
    "import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import y as z, w\nfrom os import *\n",
    "for i in range(10):\n    if i % 2: continue\n    print(i)\nelse:\n    print('done')\n",
    "with a:\n    with b:\n        try:\n            pass\n        finally:\n            raise X from Y\n",
    "lambda x, *y, z=1, **k: (x, y, z, k)\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        try:\n            return e\n        finally:\n            del x\n",
};

TEST(StackDepth, CompiledImagesMatchRecomputation) {
    for (const char* src : kSources) {
        auto img = compile_ok(src);
        ASSERT_TRUE(img) << src;
        for_each_code(*img, [&](const bc::CodeImage& code) {
            auto r = recompute_stacksize(code);
            ASSERT_TRUE(r.ok()) << code.name << ": " << r.error() << "\n" << src;
            EXPECT_EQ(r.value(), code.stacksize) << code.name << "\n" << src;
            EXPECT_GT(code.stacksize, 0u) << code.name;
        });
    }
}

TEST(StackDepth, WrongDeclaredDepthIsDetectable) {
    auto img = compile_ok("x = f(a, b, c)\n");
    ASSERT_TRUE(img);
    bc::CodeImage wrong = *img;
    wrong.stacksize -= 1;
    auto r = recompute_stacksize(wrong);
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r.value(), wrong.stacksize);
}

TEST(StackDepth, WrongHandlerDepthIsDetected) {
    auto img = compile_ok("try:\n    f()\nexcept:\n    g()\n");
    ASSERT_TRUE(img);
    ASSERT_FALSE(img->exception_table.empty());
    bc::CodeImage wrong = *img;
    wrong.exception_table[0].depth += 3; // above the stack at the covered instructions
    EXPECT_FALSE(recompute_stacksize(wrong).ok());
}

bc::CodeImage image_of(std::initializer_list<bc::Instr> code) {
    bc::CodeImage img;
    for (const bc::Instr& in : code)
        img.code.push_back(bc::encode(in.op, in.arg));
    img.consts.push_back(bc::Constant::none());
    return img;
}

TEST(StackDepth, UnderflowIsAnError) {
    auto r = recompute_stacksize(image_of({{Op::POP_TOP, 0}, {Op::LOAD_CONST, 0}, {Op::RETURN_VALUE, 0}}));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("underflow"), std::string::npos);
}

TEST(StackDepth, InconsistentJoinIsAnError) {
    // 0 LOAD_CONST; 1 LOAD_CONST; 2 POP_JUMP_IF_FALSE 4; 3 LOAD_CONST; 4 RETURN_VALUE
    // reaches 4 with depth 1 (jump) and 2 (fall-through).
    auto r = recompute_stacksize(image_of({{Op::LOAD_CONST, 0},
                                           {Op::LOAD_CONST, 0},
                                           {Op::POP_JUMP_IF_FALSE, 4},
                                           {Op::LOAD_CONST, 0},
                                           {Op::RETURN_VALUE, 0}}));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("inconsistent"), std::string::npos);
}

TEST(StackDepth, FallingOffTheEndIsAnError) {
    EXPECT_FALSE(recompute_stacksize(image_of({{Op::LOAD_CONST, 0}})).ok());
}

TEST(StackDepth, JumpEdgeEffectsComeFromTheTable) {
    // FOR_ITER pops the iterator on exhaustion; SEND leaves only the result.
    auto r = recompute_stacksize(image_of({{Op::LOAD_CONST, 0},
                                           {Op::GET_ITER, 0},
                                           {Op::FOR_ITER, 4},
                                           {Op::POP_TOP, 0},
                                           {Op::LOAD_CONST, 0},
                                           {Op::RETURN_VALUE, 0}}));
    // 3 POP_TOP falls into 4 with depth 1, and the exhausted FOR_ITER jumps to 4 with depth 0.
    EXPECT_FALSE(r.ok());
    auto ok = recompute_stacksize(image_of({{Op::LOAD_CONST, 0},
                                            {Op::GET_ITER, 0},
                                            {Op::FOR_ITER, 5},
                                            {Op::POP_TOP, 0},
                                            {Op::JUMP, 2},
                                            {Op::LOAD_CONST, 0},
                                            {Op::RETURN_VALUE, 0}}));
    ASSERT_TRUE(ok.ok()) << ok.error();
    EXPECT_EQ(ok.value(), 2u);
}

TEST(StackDepth, HandlerEdgeAddsTheException) {
    bc::CodeImage img = image_of({{Op::LOAD_CONST, 0}, {Op::RETURN_VALUE, 0}, {Op::POP_TOP, 0}, {Op::LOAD_CONST, 0},
                                  {Op::RETURN_VALUE, 0}});
    img.exception_table.push_back(bc::ExceptionEntry{0, 1, 2, 0});
    auto r = recompute_stacksize(img);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r.value(), 1u);
}

} // namespace
} // namespace bastion::compile
