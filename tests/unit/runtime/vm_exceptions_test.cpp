// vm_exceptions_test.cpp: exception machinery of vm/ — exception-table lookup
// (innermost covering entry), CPython-format tracebacks with chained exceptions and
// folded repeats, SyntaxError display, the step budget (StepLimitExceeded cannot be
// swallowed) and VerificationError from code.replace. Expected tracebacks come from
// CPython 3.11, column markers (~~^^) included.
#include "vm/traceback.h"

#include "vm_test_util.h"

namespace bastion {
namespace {

bc::CodeImage image_with(std::vector<bc::ExceptionEntry> table) {
    bc::CodeImage img;
    img.exception_table = std::move(table);
    return img;
}

uint32_t handler_at(const bc::CodeImage& img, uint32_t pc) {
    const bc::ExceptionEntry* e = find_exception_handler(img, pc);
    return e ? e->handler : 0xFFFFFFFFu;
}

TEST(VmUnwind, InnermostCoveringEntryWins) {
    auto img = image_with({{0, 10, 20, 0}, {2, 5, 30, 1}, {5, 8, 40, 1}, {12, 14, 50, 0}});
    EXPECT_EQ(handler_at(img, 0), 20u);
    EXPECT_EQ(handler_at(img, 1), 20u);
    EXPECT_EQ(handler_at(img, 2), 30u);
    EXPECT_EQ(handler_at(img, 4), 30u);
    EXPECT_EQ(handler_at(img, 5), 40u);
    EXPECT_EQ(handler_at(img, 7), 40u);
    EXPECT_EQ(handler_at(img, 8), 20u);
    EXPECT_EQ(handler_at(img, 9), 20u);
    EXPECT_EQ(handler_at(img, 10), 0xFFFFFFFFu);
    EXPECT_EQ(handler_at(img, 12), 50u);
    EXPECT_EQ(handler_at(img, 14), 0xFFFFFFFFu);
}

TEST(VmUnwind, SameStartNestedEntries) {
    auto img = image_with({{0, 20, 1, 0}, {0, 10, 2, 0}, {0, 5, 3, 0}});
    EXPECT_EQ(handler_at(img, 3), 3u);
    EXPECT_EQ(handler_at(img, 7), 2u);
    EXPECT_EQ(handler_at(img, 15), 1u);
    EXPECT_EQ(handler_at(img, 20), 0xFFFFFFFFu);
    EXPECT_EQ(handler_at(image_with({}), 0), 0xFFFFFFFFu);
}

// The marker line under a source line (CPython 3.11's tb_displayline), from a position
// entry: `~`/`^` around a binary operator or a subscript, `^` under other spans, nothing
// when the span is the whole stripped line or unknown. Positions are untrusted data
// (code.replace, marshal): out-of-range, backwards and huge columns never read outside
// the line.
TEST(VmTraceback, CaretLineFromPositions) {
    auto carets = [](std::string_view line, bc::LineEntry e) { return traceback_caret_line(line, &e); };
    EXPECT_EQ(carets("    return a / b", {0, 1, 1, 11, 16}), "           ~~^~~");
    // CPython's scan starts at the left operand's end: inside parentheses that is the `)`.
    EXPECT_EQ(carets("    return (a + 1) // b", {0, 1, 1, 11, 23}), "           ~~~~~~^~~~~~");
    EXPECT_EQ(carets("    x = d['a']['k']", {0, 1, 1, 8, 19}), "        ~~~~~~^^^^^");
    EXPECT_EQ(carets("    x = f(1) + 2", {0, 1, 1, 8, 12}), "        ^^^^");
    EXPECT_EQ(carets("    s = '\xc3\xa9' * 2 + 1", {0, 1, 1, 8, 20}), "        ~~~~~~~~^~~"); // columns are bytes
    EXPECT_EQ(carets("    f(1)", {0, 1, 1, 4, 8}), "");          // the whole stripped line
    EXPECT_EQ(carets("    {}['k']", {0, 1, 1, 4, 11}), "    ~~^^^^^"); // ... unless anchored
    EXPECT_EQ(carets("    f(1)", {0, 1}), "");                   // no columns
    EXPECT_EQ(carets("    r = f(", {0, 1, 3, 8, 5}), "        ^^");  // to this line's end
    // Untrusted positions: clamped to the line, whatever they say.
    EXPECT_EQ(carets("ab", {0, 1, 1, 1000, 4000000000u}), "      "); // 4 + 2: CPython's indent
    EXPECT_EQ(carets("abc", {0, 1, 1, 2, 1}), "     ");
    EXPECT_EQ(carets("", {0, 1, 1, 0, 5}), "");
    EXPECT_EQ(carets("    x", {0, 1, 9, 0xFFFFFFFEu, 3}), "     ");
    EXPECT_EQ(carets("\xc3", {0, 1, 1, 0, 1}), "");
    int64_t left = 0, right = 0;
    EXPECT_FALSE(caret_anchors("(", &left, &right));
    EXPECT_FALSE(caret_anchors("  x", &left, &right));
    EXPECT_TRUE(caret_anchors("a[1:2]", &left, &right));
    EXPECT_EQ(left, 1);
    EXPECT_EQ(right, 6);
}

TEST(VmTraceback, ContextChainAndRepeats) {
    auto r = vm_test::run("def f(n):\n    if n == 0:\n        raise ValueError(\"x\")\n    return f(n-1)\ntry:\n    f(5)\nexcept ValueError:\n    1/0\n");
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.err, "Traceback (most recent call last):\n  File \"t.py\", line 6, in <module>\n    f(5)\n"
                     "  File \"t.py\", line 4, in f\n    return f(n-1)\n           ^^^^^^\n"
                     "  File \"t.py\", line 4, in f\n    return f(n-1)\n           ^^^^^^\n"
                     "  File \"t.py\", line 4, in f\n    return f(n-1)\n           ^^^^^^\n"
                     "  [Previous line repeated 2 more times]\n  File \"t.py\", line 3, in f\n    raise ValueError(\"x\")\n"
                     "ValueError: x\n\nDuring handling of the above exception, another exception occurred:\n\n"
                     "Traceback (most recent call last):\n  File \"t.py\", line 8, in <module>\n    1/0\n    ~^~\n"
                     "ZeroDivisionError: division by zero\n");
}

TEST(VmTraceback, CauseChain) {
    auto r = vm_test::run("class MyError(Exception):\n    pass\ndef g():\n    try:\n        raise KeyError(\"k\")\n    except KeyError as e:\n        raise MyError(\"boom\") from e\ng()\n");
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.err, "Traceback (most recent call last):\n  File \"t.py\", line 5, in g\n    raise KeyError(\"k\")\nKeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"t.py\", line 8, in <module>\n    g()\n  File \"t.py\", line 7, in g\n    raise MyError(\"boom\") from e\nMyError: boom\n");
}

TEST(VmTraceback, SuppressedContext) {
    auto r = vm_test::run("def f():\n    try:\n        raise KeyError(1)\n    except KeyError:\n        raise ValueError(\"v\") from None\nf()\n");
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.err, "Traceback (most recent call last):\n  File \"t.py\", line 6, in <module>\n    f()\n  File \"t.py\", line 5, in f\n    raise ValueError(\"v\") from None\nValueError: v\n");
}

TEST(VmTraceback, SyntaxErrorCaret) {
    auto r = vm_test::run("x = = 1\n");
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.err, "  File \"t.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n");
}

TEST(VmLimits, StepLimitCannotBeSwallowed) {
    Limits limits;
    limits.max_steps = 10000;
    auto r = vm_test::run("caught = 0\ntry:\n    while True:\n        pass\nexcept BaseException:\n    caught = 1\n"
                          "    while True:\n        pass\n",
                          limits);
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    // The host may grant a new budget: the interpreter is still usable.
    r.interp->steps_left = 10000;
    auto again = r.interp->run_source("x = 1 + 1\n", "u.py");
    EXPECT_TRUE(again.ok());
}

TEST(VmLimits, StepLimitStopsFinallyLoops) {
    Limits limits;
    limits.max_steps = 5000;
    auto r = vm_test::run("def f():\n    try:\n        f()\n    finally:\n        while True:\n            pass\nf()\n",
                          limits);
    EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
}

// On small ints COMPARE_OP runs a following POP_JUMP_IF_FALSE/TRUE itself, and BINARY_OP
// a following STORE_FAST (eval.cpp): each pair must still cost two steps, and a budget that
// ends between the two must stop there.
constexpr const char* kModuleLoop = "i = 0\nwhile i < N:\n    i += 1\n";
constexpr const char* kFunctionLoop = "def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\ni = f(N)\n";

TEST(VmLimits, FusedCompareJumpCountsTwoSteps) { vm_test::check_loop_step_counts(kModuleLoop, "i", ""); }
TEST(VmLimits, FusedBinaryStoreCountsTwoSteps) { vm_test::check_loop_step_counts(kFunctionLoop, "i", ""); }

TEST(VmCode, ReplaceIsVerified) {
    auto r = vm_test::run(
        "def f():\n    return 1\n"
        "ok = f.__code__.replace(co_name='g').co_name\n"
        "try:\n    f.__code__ = f.__code__.replace(co_consts=())\n    rule = 'none'\n"
        "except ValueError as e:\n    rule = e.rule\n    name = e.code_name\n"
        "try:\n    f.__code__.replace(co_code=b'\\xff\\x00\\x00\\x00', co_linetable=b'')\n"
        "except ValueError as e:\n    rule2 = e.rule\n"
        "n = f()\n");
    ASSERT_TRUE(r.module) << r.error << r.err;
    EXPECT_EQ(vm_test::global_text(r, "ok"), "g");
    EXPECT_EQ(vm_test::global_text(r, "rule"), "const_index");
    EXPECT_EQ(vm_test::global_text(r, "name"), "f");
    EXPECT_EQ(vm_test::global_text(r, "rule2"), "bad_opcode");
    EXPECT_EQ(vm_test::global_text(r, "n"), "1");
}

TEST(VmCode, Attributes) {
    auto r = vm_test::run(
        "def f(a, b=2, *c, d, **e):\n    x = a\n    def g():\n        return x\n    return g\n"
        "co = f.__code__\n"
        "info = (co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:3], co.co_cellvars,"
        " len(co.co_code) % 4, co.co_flags & 0xC)\n"
        "free = f(1, d=3).__code__.co_freevars\n");
    EXPECT_EQ(vm_test::global_text(r, "info"), "('f', 2, 1, ('a', 'b', 'd'), ('x',), 0, 12)");
    EXPECT_EQ(vm_test::global_text(r, "free"), "('x',)");
}


// Native loops over lazy iterators run inside one instruction; each item they draw costs a
// step, so a budget stops them (each of these would otherwise run for hours).
TEST(VmLimits, NativeIterationPaysSteps) {
    const char* programs[] = {
        "sum(range(10**15))\n",
        "max(range(10**15))\n",
        "all(range(1, 10**15))\n",
        "any(iter(int, 1))\n",
        "set(map(bool, range(10**15)))\n",
        "list(filter(None, map((0).__mul__, range(10**15))))\n",
        "sorted(x for x in ())\nmin(zip(range(10**15), range(10**15)))\n",
        "import collections\ncollections.deque(range(10**15), maxlen=1)\n",
        "1.5 in range(10**15)\n",
        "dict.fromkeys(map(bool, range(10**15)))\n",
        "''.join(map(str, range(10**15)))\n",
    };
    for (const char* program : programs) {
        Limits limits;
        limits.max_steps = 20000;
        auto r = vm_test::run(program, limits);
        EXPECT_FALSE(r.module) << program;
        EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << program << r.error;
        EXPECT_EQ(r.interp->steps_left, 0u) << program;
        // A new budget: still usable.
        r.interp->steps_left = 10000;
        EXPECT_TRUE(r.interp->run_source("x = sum(range(100))\n", "u.py").ok()) << program;
    }
}

// Without a budget nothing is charged; with one, a native loop of n items costs n steps
// (plus the instructions around it), and a budget that covers them finishes.
TEST(VmLimits, NativeIterationChargeIsOnePerItem) {
    auto used = [](int n, uint64_t budget, bool* finished) {
        Limits limits;
        limits.max_steps = budget;
        auto r = vm_test::run("x = sum(map(abs, range(" + std::to_string(n) + ")))\n", limits);
        *finished = static_cast<bool>(r.module);
        return budget - r.interp->steps_left;
    };
    bool finished = false;
    uint64_t hundred = used(100, 100000, &finished);
    ASSERT_TRUE(finished);
    uint64_t two_hundred = used(200, 100000, &finished);
    ASSERT_TRUE(finished);
    // sum draws from map, map draws from range: two charged draws per item.
    EXPECT_EQ(two_hundred - hundred, 200u);
    EXPECT_EQ(used(100, hundred, &finished), hundred);
    EXPECT_TRUE(finished);
    used(100, hundred - 1, &finished);
    EXPECT_FALSE(finished);
}

// pow(a, b, m) works one modular squaring per bit of b inside one instruction: the budget is
// charged for it before the work (about limbs(m)^2 / 256 steps per bit of b).
TEST(VmLimits, ModularPowerPaysSteps) {
    Limits limits;
    limits.max_steps = 20000;
    auto r = vm_test::run("x = pow(3, 1 << (8 << 20), 10 ** 4000 + 7)\n", limits);
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    // Ordinary sizes stay cheap: a 2048-bit modular power costs 10,240 steps.
    limits.max_steps = 20000;
    r = vm_test::run("x = pow(3, (1 << 2048) - 1, (1 << 2048) - 159) % 1000\n", limits);
    EXPECT_TRUE(r.module) << r.error;
}

} // namespace
} // namespace bastion
