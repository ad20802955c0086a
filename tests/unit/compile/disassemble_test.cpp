// disassemble_test.cpp: golden disassemblies of representative constructs, constant reprs,
// and safety on malformed images.
#include "bytecode/disassemble.h"

#include "compile_test_util.h"

namespace bastion::compile {
namespace {

using testing::dis;

TEST(Disassemble, ConstantReprs) {
    using C = bc::Constant;
    EXPECT_EQ(bc::constant_repr(C::none()), "None");
    EXPECT_EQ(bc::constant_repr(C::ellipsis()), "Ellipsis");
    EXPECT_EQ(bc::constant_repr(C::boolean(true)), "True");
    EXPECT_EQ(bc::constant_repr(C::integer(-42)), "-42");
    EXPECT_EQ(bc::constant_repr(C::integer(INT64_MIN)), "-9223372036854775808");
    EXPECT_EQ(bc::constant_repr(C::floating(1.5)), "1.5");
    EXPECT_EQ(bc::constant_repr(C::floating(1e16)), "1e+16");
    EXPECT_EQ(bc::constant_repr(C::floating(1e-5)), "1e-05");
    EXPECT_EQ(bc::constant_repr(C::floating(123456789.0)), "123456789.0");
    EXPECT_EQ(bc::constant_repr(C::floating(0.0001)), "0.0001");
    EXPECT_EQ(bc::constant_repr(C::floating(-0.0)), "-0.0");
    EXPECT_EQ(bc::constant_repr(C::floating(0.1)), "0.1");
    EXPECT_EQ(bc::constant_repr(C::complex(0, 2)), "2j");
    EXPECT_EQ(bc::constant_repr(C::complex(1, 2.5)), "(1+2.5j)");
    EXPECT_EQ(bc::constant_repr(C::complex(-0.0, -1)), "(-0-1j)");
    EXPECT_EQ(bc::constant_repr(C::str("a'b")), "\"a'b\"");
    EXPECT_EQ(bc::constant_repr(C::str("a'b\"")), "'a\\'b\"'");
    EXPECT_EQ(bc::constant_repr(C::str("tab\there\n\x01")), "'tab\\there\\n\\x01'");
    EXPECT_EQ(bc::constant_repr(C::str("\xc3\xa9\xed\xa0\x80")), "'\xc3\xa9\\ud800'");
    EXPECT_EQ(bc::constant_repr(C::bytes(std::string("\x00\n'", 3))), "b\"\\x00\\n'\"");
    EXPECT_EQ(bc::constant_repr(C::tuple({C::integer(1)})), "(1,)");
    EXPECT_EQ(bc::constant_repr(C::tuple({})), "()");
    EXPECT_EQ(bc::constant_repr(C::tuple({C::integer(1), C::str("a")})), "(1, 'a')");
    EXPECT_EQ(bc::constant_repr(C::frozenset({})), "frozenset()");
    EXPECT_EQ(bc::constant_repr(C::frozenset({C::integer(1)})), "frozenset({1})");
}

TEST(Disassemble, UnverifiedImagesAreSafe) {
    bc::CodeImage img;
    img.name = "bad";
    img.code = {bc::encode(bc::Op::LOAD_CONST, 200), bc::encode(bc::Op::LOAD_FAST, 3),
                bc::encode(bc::Op::LOAD_DEREF, 9), bc::encode(bc::Op::JUMP, 77),
                bc::encode(bc::Op::BINARY_OP, 99), 0xFFu, bc::encode(bc::Op::RETURN_VALUE, 0)};
    img.consts.push_back(bc::Constant::none());
    img.line_table.push_back({0, 1});
    img.exception_table.push_back({5, 900, 1000, 3});
    std::string out = bc::disassemble(img);
    EXPECT_NE(out.find("LOAD_CONST             200 (<out of range>)"), std::string::npos) << out;
    EXPECT_NE(out.find("LOAD_FAST                3 (<out of range>)"), std::string::npos) << out;
    EXPECT_NE(out.find("LOAD_DEREF               9 (<out of range>)"), std::string::npos) << out;
    EXPECT_NE(out.find("JUMP                    77 (to <out of range>)"), std::string::npos) << out;
    EXPECT_NE(out.find("<invalid 255>"), std::string::npos) << out;
}

TEST(Disassemble, SimpleModule) {
    EXPECT_EQ(dis("x = 1\nprint(x + 2.5)\n"), R"(  1           0 LOAD_CONST               0 (1)
              4 STORE_NAME               0 (x)

  2           8 PUSH_NULL
             12 LOAD_NAME                1 (print)
             16 LOAD_NAME                0 (x)
             20 LOAD_CONST               1 (2.5)
             24 BINARY_OP                0 (+)
             28 CALL                     1
             32 POP_TOP
             36 LOAD_CONST               2 (None)
             40 RETURN_VALUE
)");
}

TEST(Disassemble, ForBreakElse) {
    EXPECT_EQ(dis("for i in x:\n    if i:\n        break\n    f(i)\nelse:\n    g()\n"), R"(  1           0 LOAD_NAME                0 (x)
              4 GET_ITER
        >>    8 FOR_ITER                14 (to 56)
             12 STORE_NAME               1 (i)

  2          16 LOAD_NAME                1 (i)
             20 POP_JUMP_IF_FALSE        8 (to 32)

  3          24 POP_TOP
             28 JUMP                    18 (to 72)

  4     >>   32 PUSH_NULL
             36 LOAD_NAME                2 (f)
             40 LOAD_NAME                1 (i)
             44 CALL                     1
             48 POP_TOP

  1          52 JUMP                     2 (to 8)

  6     >>   56 PUSH_NULL
             60 LOAD_NAME                3 (g)
             64 CALL                     0
             68 POP_TOP
        >>   72 LOAD_CONST               0 (None)
             76 RETURN_VALUE
)");
}

TEST(Disassemble, TryExceptAs) {
    EXPECT_EQ(dis("try:\n    f()\nexcept E as e:\n    g(e)\n"), R"(  2           0 PUSH_NULL
              4 LOAD_NAME                0 (f)
              8 CALL                     0
             12 POP_TOP
             16 JUMP                    28 (to 112)
        >>   20 PUSH_EXC_INFO

  3          24 LOAD_NAME                1 (E)
             28 CHECK_EXC_MATCH
             32 POP_JUMP_IF_FALSE       24 (to 96)
             36 STORE_NAME               2 (e)

  4          40 PUSH_NULL
             44 LOAD_NAME                3 (g)
             48 LOAD_NAME                2 (e)
             52 CALL                     1
             56 POP_TOP
             60 POP_EXCEPT
             64 LOAD_CONST               0 (None)
             68 STORE_NAME               2 (e)
             72 DELETE_NAME              2 (e)
             76 JUMP                    28 (to 112)
        >>   80 LOAD_CONST               0 (None)
             84 STORE_NAME               2 (e)
             88 DELETE_NAME              2 (e)
             92 RERAISE
        >>   96 RERAISE
        >>  100 SWAP                     2
            104 POP_EXCEPT
            108 RERAISE
        >>  112 LOAD_CONST               0 (None)
            116 RETURN_VALUE
ExceptionTable:
  0 to 12 -> 20 [0]
  24 to 36 -> 100 [1]
  40 to 56 -> 80 [1]
  80 to 96 -> 100 [1]
)");
}

TEST(Disassemble, With) {
    EXPECT_EQ(dis("with a as b:\n    c()\n"), R"(  1           0 LOAD_NAME                0 (a)
              4 BEFORE_WITH
              8 STORE_NAME               1 (b)

  2          12 PUSH_NULL
             16 LOAD_NAME                2 (c)
             20 CALL                     0
             24 POP_TOP

  1          28 PUSH_NULL
             32 SWAP                     2
             36 LOAD_CONST               0 (None)
             40 LOAD_CONST               0 (None)
             44 LOAD_CONST               0 (None)
             48 CALL                     3
             52 POP_TOP
             56 JUMP                    31 (to 124)
        >>   60 PUSH_EXC_INFO
             64 COPY                     2
             68 SWAP                     4
             72 SWAP                     3
             76 SWAP                     2
             80 WITH_EXCEPT_START
             84 POP_JUMP_IF_TRUE        23 (to 92)
             88 RERAISE
        >>   92 POP_TOP
             96 POP_EXCEPT
            100 POP_TOP
            104 POP_TOP
            108 JUMP                    31 (to 124)
        >>  112 SWAP                     2
            116 POP_EXCEPT
            120 RERAISE
        >>  124 LOAD_CONST               0 (None)
            128 RETURN_VALUE
ExceptionTable:
  8 to 24 -> 60 [1]
  80 to 92 -> 112 [1]
)");
}

TEST(Disassemble, Closure) {
    EXPECT_EQ(dis("def f(a, b=1):\n    def g():\n        return a\n    return g\n"), R"(  1           0 LOAD_CONST               0 (1)
              4 BUILD_TUPLE              1
              8 LOAD_CONST               1 (<code object f, file "<test>", line 1>)
             12 MAKE_FUNCTION            1 (defaults)
             16 STORE_NAME               0 (f)
             20 LOAD_CONST               2 (None)
             24 RETURN_VALUE

Disassembly of <code object f, file "<test>", line 1>:
  2           0 LOAD_CLOSURE             0 (a)
              4 BUILD_TUPLE              1
              8 LOAD_CONST               1 (<code object g, file "<test>", line 2>)
             12 MAKE_FUNCTION            8 (closure)
             16 STORE_FAST               2 (g)

  4          20 LOAD_FAST                2 (g)
             24 RETURN_VALUE

Disassembly of <code object g, file "<test>", line 2>:
  3           0 LOAD_DEREF               0 (a)
              4 RETURN_VALUE
)");
}

TEST(Disassemble, ChainedCompareAndBoolOp) {
    // CPython 3.11's sequences: JUMP_IF_FALSE_OR_POP leaves the deciding operand as the value.
    EXPECT_EQ(dis("x = a < b < c\ny = a and b\n"), R"(  1           0 LOAD_NAME                0 (a)
              4 LOAD_NAME                1 (b)
              8 SWAP                     2
             12 COPY                     2
             16 COMPARE_OP               0 (<)
             20 JUMP_IF_FALSE_OR_POP     9 (to 36)
             24 LOAD_NAME                2 (c)
             28 COMPARE_OP               0 (<)
             32 JUMP                    11 (to 44)
        >>   36 SWAP                     2
             40 POP_TOP
        >>   44 STORE_NAME               3 (x)

  2          48 LOAD_NAME                0 (a)
             52 JUMP_IF_FALSE_OR_POP    15 (to 60)
             56 LOAD_NAME                1 (b)
        >>   60 STORE_NAME               4 (y)
             64 LOAD_CONST               0 (None)
             68 RETURN_VALUE
)");
}

TEST(Disassemble, IsNoneTestsJumpOnNone) {
    // `x is None` / `x is not None` as a test: one jump on None (CPython 3.11's peephole result);
    // as a value (`y = a or b is None`), the comparison stays.
    EXPECT_EQ(dis("if a is None:\n    f()\nwhile b is not None and c:\n    b = g()\ny = a or b is None\n"),
              R"(  1           0 LOAD_NAME                0 (a)
              4 POP_JUMP_IF_NOT_NONE     6 (to 24)

  2           8 PUSH_NULL
             12 LOAD_NAME                1 (f)
             16 CALL                     0
             20 POP_TOP

  3     >>   24 LOAD_NAME                2 (b)
             28 POP_JUMP_IF_NONE        18 (to 72)
             32 LOAD_NAME                3 (c)
             36 POP_JUMP_IF_FALSE       18 (to 72)

  4     >>   40 PUSH_NULL
             44 LOAD_NAME                4 (g)
             48 CALL                     0
             52 STORE_NAME               2 (b)

  3          56 LOAD_NAME                2 (b)
             60 POP_JUMP_IF_NONE        18 (to 72)
             64 LOAD_NAME                3 (c)
             68 POP_JUMP_IF_TRUE        10 (to 40)

  5     >>   72 LOAD_NAME                0 (a)
             76 JUMP_IF_TRUE_OR_POP     23 (to 92)
             80 LOAD_NAME                2 (b)
             84 LOAD_CONST               0 (None)
             88 IS_OP                    0
        >>   92 STORE_NAME               5 (y)
             96 LOAD_CONST               0 (None)
            100 RETURN_VALUE
)");
}

TEST(Disassemble, AttributeReceiversAreLoadFastAttr) {
    // A LOAD_FAST right before LOAD_ATTR / STORE_ATTR / LOAD_METHOD is assembled as
    // LOAD_FAST_ATTR (the loop runs that pair as one); every other LOAD_FAST stays.
    std::string out = dis("def f(o, v):\n    o.x = v\n    del o.x\n    return o.m(o.y) + v\n");
    auto count = [&](const std::string& what) {
        std::size_t n = 0;
        for (std::size_t at = out.find(what); at != std::string::npos; at = out.find(what, at + 1))
            ++n;
        return n;
    };
    EXPECT_EQ(count("LOAD_FAST_ATTR           0 (o)\n"), 3u) << out; // before STORE_ATTR, LOAD_METHOD, LOAD_ATTR
    EXPECT_EQ(count("LOAD_FAST                0 (o)\n"), 1u) << out; // before DELETE_ATTR
    EXPECT_EQ(count("LOAD_FAST                1 (v)\n"), 2u) << out;
}

TEST(Disassemble, Calls) {
    EXPECT_EQ(dis("obj.m(1, k=2)\nf(*a, **k)\n"), R"(  1           0 LOAD_NAME                0 (obj)
              4 LOAD_METHOD              1 (m)
              8 LOAD_CONST               0 (1)
             12 LOAD_CONST               1 (2)
             16 LOAD_CONST               2 (('k',))
             20 CALL_KW                  2
             24 POP_TOP

  2          28 PUSH_NULL
             32 LOAD_NAME                2 (f)
             36 LOAD_NAME                3 (a)
             40 BUILD_MAP                0
             44 LOAD_NAME                4 (k)
             48 DICT_MERGE               1
             52 CALL_FUNCTION_EX         1
             56 POP_TOP
             60 LOAD_CONST               3 (None)
             64 RETURN_VALUE
)");
}

TEST(Disassemble, UnpackAugAssignSlice) {
    EXPECT_EQ(dis("a, *b = c\nx.y += 1\nz[1:2] = w\n"), R"(  1           0 LOAD_NAME                0 (c)
              4 UNPACK_EX                1
              8 STORE_NAME               1 (a)
             12 STORE_NAME               2 (b)

  2          16 LOAD_NAME                3 (x)
             20 COPY                     1
             24 LOAD_ATTR                4 (y)
             28 LOAD_CONST               0 (1)
             32 BINARY_OP               13 (+=)
             36 SWAP                     2
             40 STORE_ATTR               4 (y)

  3          44 LOAD_NAME                5 (w)
             48 LOAD_NAME                6 (z)
             52 LOAD_CONST               0 (1)
             56 LOAD_CONST               1 (2)
             60 BUILD_SLICE              2
             64 STORE_SUBSCR
             68 LOAD_CONST               2 (None)
             72 RETURN_VALUE
)");
}

TEST(Disassemble, AssertAndImportAs) {
    EXPECT_EQ(dis("assert x, \"m\"\nimport a.b as c\n"), R"(  1           0 LOAD_NAME                0 (x)
              4 POP_JUMP_IF_TRUE         7 (to 28)
              8 PUSH_NULL
             12 LOAD_ASSERTION_ERROR
             16 LOAD_CONST               0 ('m')
             20 CALL                     1
             24 RAISE_VARARGS            1

  2     >>   28 LOAD_CONST               1 (0)
             32 LOAD_CONST               2 (None)
             36 IMPORT_NAME              1 (a.b)
             40 IMPORT_FROM              2 (b)
             44 STORE_NAME               3 (c)
             48 POP_TOP
             52 LOAD_CONST               2 (None)
             56 RETURN_VALUE
)");
}

} // namespace
} // namespace bastion::compile
