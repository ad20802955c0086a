// bad_input_test.cpp: every way source can be wrong or hostile. Error kinds, messages and
// lines match CPython 3.11 (recorded with python3's compile()); deep nesting and huge
// inputs must end in a clean Diagnostic (never a crash or a C stack overflow), and
// nothing the parser returns is deeper than ast::kMaxAstDepth.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "parse/ast_depth.h"
#include "parse/parser.h"

namespace bastion::parse {
namespace {

struct BadCase {
    const char* source;
    DiagKind kind;
    const char* message;
    int line;
};

const BadCase kBadCases[] = {
    {"x = (1,\n", DiagKind::SyntaxError, "'(' was never closed", 1},
    {"if x:\n", DiagKind::IndentationError, "expected an indented block after 'if' statement on line 1", 1},
    {"if x:\npass\n", DiagKind::IndentationError, "expected an indented block after 'if' statement on line 1", 2},
    {"  x=1\n", DiagKind::IndentationError, "unexpected indent", 1},
    {"if x:\n    a\n  b\n", DiagKind::IndentationError, "unindent does not match any outer indentation level", 3},
    {"if x:\n\ta\n        b\n", DiagKind::TabError, "inconsistent use of tabs and spaces in indentation", 3},
    {"x = 1 +\n", DiagKind::SyntaxError, "invalid syntax", 1},
    {"x = )", DiagKind::SyntaxError, "unmatched ')'", 1},
    {"a $ b", DiagKind::SyntaxError, "invalid syntax", 1},
    {"1 = 2", DiagKind::SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1},
    {"f() = 1", DiagKind::SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1},
    {"a + 1 = 2", DiagKind::SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1},
    {"(a, 1) = 2", DiagKind::SyntaxError, "cannot assign to literal", 1},
    {"None = 1", DiagKind::SyntaxError, "cannot assign to None", 1},
    {"[a] += 1", DiagKind::SyntaxError, "'list' is an illegal expression for augmented assignment", 1},
    {"del 1", DiagKind::SyntaxError, "cannot delete literal", 1},
    {"del f()", DiagKind::SyntaxError, "cannot delete function call", 1},
    {"f(**a, *b)", DiagKind::SyntaxError, "iterable argument unpacking follows keyword argument unpacking", 1},
    {"f(a=1, b)", DiagKind::SyntaxError, "positional argument follows keyword argument", 1},
    {"f(**a, b)", DiagKind::SyntaxError, "positional argument follows keyword argument unpacking", 1},
    {"f(a for a in b, c)", DiagKind::SyntaxError, "Generator expression must be parenthesized", 1},
    {"x = yield = 1", DiagKind::SyntaxError, "assignment to yield expression not possible", 1},
    {"def f(a=1, b): pass", DiagKind::SyntaxError, "non-default argument follows default argument", 1},
    {"def f(*): pass", DiagKind::SyntaxError, "named arguments must follow bare *", 1},
    {"'\\x'", DiagKind::SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1},
    {"b'\xc3\xa9'", DiagKind::SyntaxError, "bytes can only contain ASCII literal characters", 1},
    {"f'{'", DiagKind::SyntaxError, "f-string: expecting '}'", 1},
    {"f'}'", DiagKind::SyntaxError, "f-string: single '}' is not allowed", 1},
    {"f'{}'", DiagKind::SyntaxError, "f-string: empty expression not allowed", 1},
    {"f'{x!z}'", DiagKind::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1},
    {"u'a' b'b'", DiagKind::SyntaxError, "cannot mix bytes and nonbytes literals", 1},
    {"print 1", DiagKind::SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1},
    {"a := 1", DiagKind::SyntaxError, "invalid syntax", 1},
    {"(a.b := 1)", DiagKind::SyntaxError, "cannot use assignment expressions with attribute", 1},
    {"try:\n  pass\n", DiagKind::SyntaxError, "expected 'except' or 'finally' block", 2},
    {"try:\n pass\nexcept* E:\n pass\nexcept E:\n pass\n", DiagKind::SyntaxError, "cannot have both 'except' and 'except*' on the same 'try'", 5},
    {"x = 1 if 2", DiagKind::SyntaxError, "expected 'else' after 'if' expression", 1},
    {"def f(**k, a): pass", DiagKind::SyntaxError, "arguments cannot follow var-keyword argument", 1},
    {"f'{a b}'", DiagKind::SyntaxError, "f-string: invalid syntax. Perhaps you forgot a comma?", 1},
    {"x = [1, 2 3]", DiagKind::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1},
    {"True = 1", DiagKind::SyntaxError, "cannot assign to True", 1},
    {"__debug__ = 1", DiagKind::SyntaxError, "cannot assign to __debug__", 1},
    {"(yield) = 1", DiagKind::SyntaxError, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1},
    {"a if b else c = 1", DiagKind::SyntaxError, "cannot assign to conditional expression", 1},
    {"for 1 in x: pass", DiagKind::SyntaxError, "cannot assign to literal", 1},
    {"with a as 1: pass", DiagKind::SyntaxError, "cannot assign to literal", 1},
    {"[x for 1 in y]", DiagKind::SyntaxError, "cannot assign to literal", 1},
    {"a, b: int", DiagKind::SyntaxError, "only single target (not tuple) can be annotated", 1},
    {"[a]: int", DiagKind::SyntaxError, "only single target (not list) can be annotated", 1},
    {"f(): int", DiagKind::SyntaxError, "illegal target for annotation", 1},
    {"x = [*a for a in b]", DiagKind::SyntaxError, "iterable unpacking cannot be used in comprehension", 1},
    {"(*a)", DiagKind::SyntaxError, "cannot use starred expression here", 1},
    {"f(a.b=1)", DiagKind::SyntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", 1},
    {"from x import a,", DiagKind::SyntaxError, "trailing comma not allowed without surrounding parentheses", 1},
    {"class A\n", DiagKind::SyntaxError, "expected ':'", 1},
    {"try:\n  pass\nexcept A, B:\n  pass\n", DiagKind::SyntaxError, "multiple exception types must be parenthesized", 3},
    {"def f():\n  x = 1\n    y = 2\n", DiagKind::IndentationError, "unexpected indent", 3},
    {"f'{a:{b:{c:{d}}}}'", DiagKind::SyntaxError, "f-string: expressions nested too deeply", 1},
    {"f'{#}'", DiagKind::SyntaxError, "f-string expression part cannot include '#'", 1},
    {"f'{\\n}'", DiagKind::SyntaxError, "f-string expression part cannot include a backslash", 1},
    {"f'{\"\\n\".join(x)}'", DiagKind::SyntaxError, "f-string expression part cannot include a backslash", 1},
    {"f'{a)}'", DiagKind::SyntaxError, "f-string: unmatched ')'", 1},
    {"if x:\n    pass\n  else:\n    pass\n", DiagKind::IndentationError, "unindent does not match any outer indentation level", 3},
    {"x = {1: 2, 3}", DiagKind::SyntaxError, "':' expected after dictionary key", 1},
    {"f(True=1)", DiagKind::SyntaxError, "cannot assign to True", 1},
    {"x = 'abc", DiagKind::SyntaxError, "unterminated string literal (detected at line 1)", 1},
    {"1.2.3", DiagKind::SyntaxError, "invalid syntax", 1},
    {"import a.b as", DiagKind::SyntaxError, "invalid syntax", 1},
};

class BadInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadInput, MatchesCPythonDiagnostic) {
    const BadCase& c = GetParam();
    auto r = parse_module(c.source, "<test>");
    ASSERT_FALSE(r.ok()) << c.source;
    EXPECT_EQ(r.error().message, c.message) << c.source;
    EXPECT_EQ(diag_kind_name(r.error().kind), diag_kind_name(c.kind)) << c.source;
    EXPECT_EQ(r.error().span.line, c.line) << c.source;
}

INSTANTIATE_TEST_SUITE_P(CPythonMessages, BadInput, ::testing::ValuesIn(kBadCases));

Diagnostic error_of(const std::string& src) {
    auto r = parse_module(src, "<test>");
    if (r.ok())
        return Diagnostic{DiagKind::SyntaxError, "OK", {}};
    return r.error();
}

void expect_recursion_error(const std::string& src) {
    Diagnostic d = error_of(src);
    EXPECT_EQ(d.kind, DiagKind::RecursionError) << src.substr(0, 40);
    EXPECT_EQ(d.message, "maximum recursion depth exceeded during compilation");
}

std::string repeat(std::string_view s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

TEST(DeepNesting, UnaryChains) {
    expect_recursion_error(repeat("-", 100000) + "x");
    expect_recursion_error(repeat("not ", 100000) + "x");
    expect_recursion_error(repeat("~", 100000) + "x");
    expect_recursion_error(repeat("lambda: ", 100000) + "x");
    expect_recursion_error(repeat("x if y else ", 100000) + "x");
    expect_recursion_error(repeat("2**", 100000) + "x");
    EXPECT_EQ(error_of("x = " + repeat("await ", 3) + "x").message, "invalid syntax");
}

TEST(DeepNesting, LeftAssociativeChainsAreBoundedByAstDepth) {
    std::string sum = "1";
    for (int i = 0; i < 100000; ++i)
        sum += "+1";
    expect_recursion_error(sum);
    expect_recursion_error("a" + repeat(".b", 100000));
    expect_recursion_error("f" + repeat("()", 100000));
    expect_recursion_error("a" + repeat("[0]", 100000));
    // Flat n-ary forms are not deep at all.
    EXPECT_EQ(error_of("x = a" + repeat(" < a", 100000)).message, "OK");
    EXPECT_EQ(error_of("x = a" + repeat(" or a", 100000)).message, "OK");
    EXPECT_EQ(error_of("x = [" + repeat("1, ", 100000) + "]").message, "OK");
}

TEST(DeepNesting, ModerateDepthIsAccepted) {
    EXPECT_EQ(error_of(repeat("-", 900) + "x").message, "OK");
    std::string sum = "x = 1";
    for (int i = 0; i < 900; ++i)
        sum += "+1";
    EXPECT_EQ(error_of(sum).message, "OK");
}

TEST(DeepNesting, ReturnedTreesNeverExceedMaxDepth) {
    for (size_t n : {10u, 500u, 998u}) {
        auto r = parse_module(repeat("-", n) + "x", "<test>");
        ASSERT_TRUE(r.ok()) << n;
        EXPECT_TRUE(check_ast_depth(r.value().root->body).ok());
    }
}

TEST(DeepNesting, Parentheses) {
    EXPECT_EQ(error_of(repeat("(", 200) + repeat(")", 200)).message, "OK");
    Diagnostic d = error_of(repeat("(", 201) + repeat(")", 201));
    EXPECT_EQ(d.message, "too many nested parentheses");
    EXPECT_EQ(d.span.col, 200);
    EXPECT_EQ(error_of(repeat("[", 100000)).message, "too many nested parentheses");
    EXPECT_EQ(error_of("f'{" + repeat("(", 300) + "x" + repeat(")", 300) + "}'").message,
              "f-string: too many nested parenthesis");
}

TEST(DeepNesting, Blocks) {
    std::string deep;
    for (int i = 0; i < 101; ++i)
        deep += repeat("    ", i) + "if x:\n";
    deep += repeat("    ", 101) + "pass\n";
    Diagnostic d = error_of(deep);
    EXPECT_EQ(d.kind, DiagKind::IndentationError);
    EXPECT_EQ(d.message, "too many levels of indentation");
    EXPECT_EQ(d.span.line, 101);
    std::string ok;
    for (int i = 0; i < 99; ++i)
        ok += repeat(" ", i) + "if x:\n";
    ok += repeat(" ", 99) + "pass\n";
    EXPECT_EQ(error_of(ok).message, "OK");
}

TEST(DeepNesting, Patterns) {
    EXPECT_EQ(error_of("match x:\n case " + repeat("[", 150) + repeat("]", 150) + ": pass\n").message, "OK");
    EXPECT_EQ(error_of("match x:\n case " + repeat("[", 300) + repeat("]", 300) + ": pass\n").message,
              "too many nested parentheses");
}

TEST(HugeInput, TenMegabyteLineParses) {
    std::string big = "x = '" + std::string(10 * 1000 * 1000, 'a') + "'\n";
    auto r = parse_module(big, "<test>");
    ASSERT_TRUE(r.ok());
    auto* assign = ast::cast<ast::Assign>(r.value().root->body[0]);
    EXPECT_EQ(ast::cast<ast::Constant>(assign->value)->value.str.size(), 10u * 1000 * 1000);
    std::string list = "x = [" + repeat("1,", 2 * 1000 * 1000) + "]\n";
    EXPECT_EQ(error_of(list).message, "OK");
    std::string calls = "x = " + repeat("f(1) or ", 500 * 1000) + "0\n";
    EXPECT_EQ(error_of(calls).message, "OK");
}

TEST(EndOfInput, CleanDiagnostics) {
    EXPECT_EQ(error_of("x = '''abc").message, "unterminated triple-quoted string literal (detected at line 1)");
    EXPECT_EQ(error_of("x = 'abc").message, "unterminated string literal (detected at line 1)");
    EXPECT_EQ(error_of("def f(\n").message, "'(' was never closed");
    EXPECT_EQ(error_of("x = [1,\n2,\n").span.line, 1);
    Diagnostic d = error_of("for x in y:\n");
    EXPECT_EQ(d.kind, DiagKind::IndentationError);
    EXPECT_EQ(d.message, "expected an indented block after 'for' statement on line 1");
    EXPECT_EQ(error_of("x = 1 +").message, "invalid syntax");
}

TEST(Encoding, BadBytes) {
    EXPECT_EQ(error_of(std::string("x = 1\0\n", 7)).message, "source code cannot contain null bytes");
    EXPECT_EQ(error_of("x = '\xC3\x28'").message,
              "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 5: invalid continuation byte");
    EXPECT_EQ(error_of("\xEF\xBB\xBFx = 1\n").message, "OK");
    EXPECT_EQ(error_of("# coding=utf-8\nx = 1\n").message, "OK");
    EXPECT_EQ(error_of("# vim: set fileencoding=cp1252 :\nx = 1\n").message, "unknown encoding: cp1252");
}

// Random byte soup and mutated programs: any result is fine, a crash is not.
TEST(Robustness, RandomInputsNeverCrash) {
    const std::string seeds[] = {
        "def f(a, *b, c=1, **d):\n    return [x async for x in y if (z := x)]\n",
        "match p:\n    case Point(x=0, y=[1, *r]) | {'k': v} if v:\n        pass\n",
        "x = f'{a!r:>{w}} {b=}' rb'\\x00' 1_0.5e-3j\ntry:\n    pass\nexcept* E as e:\n    raise\n",
        "class A(B, metaclass=M):\n    @dec\n    async def g(self, /, q):\n        async with a as (b, c): yield\n",
    };
    std::mt19937 rng(12345);
    const char alphabet[] = "()[]{}:;,.=+-*/%@<>!&|^~'\"\\#\n\t fabrxyzj0189_ \xC3\xA9";
    for (int iter = 0; iter < 3000; ++iter) {
        std::string s = seeds[iter % 4];
        int edits = 1 + static_cast<int>(rng() % 8);
        for (int e = 0; e < edits && !s.empty(); ++e) {
            size_t pos = rng() % s.size();
            switch (rng() % 3) {
            case 0: s[pos] = alphabet[rng() % (sizeof alphabet - 1)]; break;
            case 1: s.insert(pos, 1, alphabet[rng() % (sizeof alphabet - 1)]); break;
            default: s.erase(pos, 1); break;
            }
        }
        (void)parse_module(s, "<fuzz>");
        (void)parse_expression(s, "<fuzz>");
        (void)parse_interactive(s, "<fuzz>");
    }
    for (int iter = 0; iter < 2000; ++iter) {
        std::string s(rng() % 64, '\0');
        for (char& c : s)
            c = static_cast<char>(rng() % 256);
        (void)parse_module(s, "<fuzz>");
    }
}

} // namespace
} // namespace bastion::parse
